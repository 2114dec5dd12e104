namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>How a prompt presents its choices (protocol doc §7.8).</summary>
public enum ListStyle
{
    /// <summary>Only the prompt text.</summary>
    None,

    /// <summary>Chosen per channel by <see cref="ChoiceFactory.ForChannel"/>.</summary>
    Auto,

    /// <summary>"(1) a, (2) b, or (3) c" after the prompt text.</summary>
    Inline,

    /// <summary>Numbered lines after the prompt text.</summary>
    List,

    /// <summary>imBack suggested actions.</summary>
    SuggestedAction,

    /// <summary>A hero card with imBack buttons.</summary>
    HeroCard,
}
