using System.Globalization;
using Khulnasoft.Bot.Localization;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// The language of a download link's answers (the file link pages have no turn): the <c>lang</c> the link was made
/// with (<see cref="SignedFileLinks"/> adds the language of the turn that made it, when it is not English), else
/// the browser's <c>Accept-Language</c> (best quality first), else English.
/// </summary>
public static class LinkPageLanguage
{
    public const string QueryKey = "lang";

    /// <summary>Speaks the page's language for the rest of the (async) request handler that calls it.</summary>
    public static CultureInfo Use(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = SupportedCultures.Match(context.Request.Query[QueryKey].ToString())
            ?? context.Request.GetTypedHeaders().AcceptLanguage
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => SupportedCultures.Match(l.Value.Value))
                .FirstOrDefault(c => c is not null)
            ?? SupportedCultures.English;
        TurnCulture.Use(language);
        return language;
    }

    /// <summary>The query that carries the current language on a link, or empty for English (the pages' fallback).</summary>
    public static string QueryForCurrent() =>
        TurnCulture.Current.Equals(SupportedCultures.English) ? string.Empty : "?" + QueryKey + "=" + Uri.EscapeDataString(TurnCulture.Current.Name);
}
