using System.Globalization;
using System.Resources;

namespace Khulnasoft.Cards.Legal;

/// <summary>
/// The reviewed legal texts: what a deletion means (permanence), the purge of personal data, and the legal-hold
/// notice. One reviewed text per language (<c>LegalTexts.resx</c> is English and canonical, <c>LegalTexts.de.resx</c>
/// German); every language carries the <see cref="Version"/> of the English text it was reviewed against. Change a
/// text only with a new version in every language (docs/localization.md). The bot records the English text and the
/// version on the deletion case.
/// </summary>
public static class LegalTexts
{
    private static readonly ResourceManager Resources = new(typeof(LegalTexts));

    /// <summary>The version of the texts in <paramref name="culture"/> (the current UI culture when null).</summary>
    public static string Version(CultureInfo? culture = null) => Get("Version", culture);

    /// <summary>"The deletion runs on {date}. You can undo it until then; after that it is permanent."</summary>
    public static string Permanence(string runsOn, CultureInfo? culture = null) => Format("Permanence", culture, runsOn);

    /// <summary>"Your personal data is purged by {date}, unless the law requires us to keep some of it longer (…)."</summary>
    public static string Purge(string purgedBy, CultureInfo? culture = null) => Format("Purge", culture, purgedBy);

    /// <summary>The notice when a legal hold keeps some data (never its reason).</summary>
    public static string LegalHold(CultureInfo? culture = null) => Get("LegalHold", culture);

    private static string Get(string key, CultureInfo? culture) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException("No legal text '" + key + "'.");

    private static string Format(string key, CultureInfo? culture, string value) =>
        string.Format(culture ?? CultureInfo.CurrentCulture, Get(key, culture), value);
}
