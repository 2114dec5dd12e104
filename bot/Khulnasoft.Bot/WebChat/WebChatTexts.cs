using System.Globalization;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.WebChat;

/// <summary>
/// The Web Chat page's own words (title, buttons, labels, status and error texts; <c>WebChatTexts.resx</c> and its
/// siblings), sent to the page with its configuration: <c>{0}</c> in a text is filled in by the page.
/// </summary>
public static class WebChatTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(WebChatTexts));

    /// <summary>Every text of the page in <paramref name="language"/>, by key.</summary>
    public static IReadOnlyDictionary<string, string> All(CultureInfo language)
    {
        return Localized.In(language, () => L.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal));
    }
}
