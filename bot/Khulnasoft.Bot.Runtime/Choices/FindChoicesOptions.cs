namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>How <see cref="ChoiceRecognizer"/> matches (the SDK's <c>FindChoicesOptions</c>).</summary>
public sealed class FindChoicesOptions
{
    /// <summary>Also accept a match of only some of a choice's tokens (off by default, like the SDK).</summary>
    public bool AllowPartialMatches { get; set; }

    /// <summary>Most other words allowed between two matched tokens of one choice (default 2).</summary>
    public int MaxTokenDistance { get; set; } = 2;

    /// <summary>Do not match the choice values themselves (only action titles and synonyms).</summary>
    public bool NoValue { get; set; }

    /// <summary>Do not match the choices' action titles.</summary>
    public bool NoAction { get; set; }

    /// <summary>Recognise "the second", "zweite", "2nd", "last" (default true).</summary>
    public bool RecognizeOrdinals { get; set; } = true;

    /// <summary>Recognise an index such as "2" or "two" (default true).</summary>
    public bool RecognizeNumbers { get; set; } = true;

    /// <summary>Locale for ordinals and numbers; English when null. English and German words are both understood.</summary>
    public string? Locale { get; set; }
}
