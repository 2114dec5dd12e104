using Khulnasoft.Bot.Runtime.Choices;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>What a prompt asks and how (the SDK's <c>PromptOptions</c>, plus an attempt limit and the card-submit field).</summary>
public sealed class PromptOptions
{
    /// <summary>The question; sent with <c>inputHint: expectingInput</c>.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer that was not recognised or not valid (the <see cref="Prompt"/> when null).</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>Overrides the prompt's list style for this prompt.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Free data for validators (JSON-friendly; plain values after a reload).</summary>
    public object? Validations { get; set; }

    /// <summary>
    /// What the prompt asks, as data (JSON-friendly; plain values after a reload), e.g. a text key and its arguments.
    /// The runtime's prompts don't read it: a prompt that overrides <c>OnPromptAsync</c> builds its activities from it
    /// each time it asks (first time, retry, reprompt), so they follow what changed since, such as the turn's language.
    /// Kept in dialog state with the other options.
    /// </summary>
    public object? Template { get; set; }

    /// <summary>Locale for recognition when the activity has none.</summary>
    public string? RecognizeLanguage { get; set; }

    /// <summary>
    /// The SDK has no attempt limit. When set, after this many failed attempts the prompt sends
    /// <see cref="TooManyAttemptsMessage"/> (if any, instead of the retry prompt) and ends with a <c>null</c> result,
    /// so the calling step sees <c>stepContext.Result == null</c>.
    /// </summary>
    public int? MaxAttempts { get; set; }

    /// <summary>Sent when <see cref="MaxAttempts"/> is reached.</summary>
    public Activity? TooManyAttemptsMessage { get; set; }

    /// <summary>
    /// The field of a card submit's <c>value</c> that answers this prompt. When null the first of
    /// <see cref="PromptInput.DefaultSubmitFields"/> present is used.
    /// </summary>
    public string? SubmitValueField { get; set; }
}
