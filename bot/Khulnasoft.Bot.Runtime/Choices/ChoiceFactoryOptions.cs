namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>Separators and numbering for inline and list rendering.</summary>
public sealed class ChoiceFactoryOptions
{
    public string InlineSeparator { get; set; } = ", ";

    public string InlineOr { get; set; } = " or ";

    public string InlineOrMore { get; set; } = ", or ";

    public bool IncludeNumbers { get; set; } = true;

    /// <summary>The SDK's defaults for a locale (English and German built in).</summary>
    public static ChoiceFactoryOptions ForLocale(string? locale) => ChoiceLocale.IsGerman(locale)
        ? new ChoiceFactoryOptions { InlineSeparator = ", ", InlineOr = " oder ", InlineOrMore = ", oder " }
        : new ChoiceFactoryOptions();
}
