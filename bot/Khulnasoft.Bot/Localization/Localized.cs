using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Localization;

/// <summary>
/// The string localizers of the feature texts (<c>XxxTexts.resx</c> next to <c>XxxTexts.cs</c>, one sibling per
/// language: <c>XxxTexts.de.resx</c>). Each texts class keeps one localizer for its own resources; a lookup reads
/// <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>, which <see cref="TurnCulture"/> sets per turn or job.
/// Static, so the texts classes stay static and their callers unchanged.
/// </summary>
public static class Localized
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    /// <summary>The localizer of <paramref name="texts"/>' resources (<c>{namespace}.{type}.resx</c>).</summary>
    public static IStringLocalizer For(Type texts) => Factory.Create(texts);

    /// <summary>
    /// Reads texts in <paramref name="language"/> outside a turn (e.g. a page's texts for the language it asked for),
    /// then puts the thread's UI culture back.
    /// </summary>
    public static T In<T>(CultureInfo language, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(read);
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = language;
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
