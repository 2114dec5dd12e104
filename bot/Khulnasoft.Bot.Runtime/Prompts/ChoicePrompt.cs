using Khulnasoft.Bot.Runtime.Choices;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, rendered in <see cref="Style"/> (Auto: per
/// channel), recognised by <see cref="ChoiceRecognizer"/> (English and German). The value is a <see cref="FoundChoice"/>.
/// </summary>
public class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null) : Prompt<FoundChoice>(dialogId, validator)
{
    public ListStyle Style { get; set; } = ListStyle.Auto;

    public string? DefaultLocale { get; set; } = defaultLocale;

    /// <summary>Separators for inline/list rendering; the locale's defaults when null.</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>Matching options (partial matches, token distance, ordinals, numbers).</summary>
    public FindChoicesOptions? RecognizerOptions { get; set; }

    protected override Task OnPromptAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = ChoiceLocale.Resolve(turnContext.Activity, options.RecognizeLanguage ?? DefaultLocale);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = AppendChoices(source, turnContext, options.Choices ?? [], options.Style ?? Style, ChoiceOptions ?? ChoiceFactoryOptions.ForLocale(locale));
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<FoundChoice>();
        var text = PromptInput.GetText(turnContext.Activity, options);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        // A copy per turn: the configured options are shared by every conversation.
        var configured = RecognizerOptions ?? new FindChoicesOptions();
        var recognizer = new FindChoicesOptions
        {
            AllowPartialMatches = configured.AllowPartialMatches,
            MaxTokenDistance = configured.MaxTokenDistance,
            NoValue = configured.NoValue,
            NoAction = configured.NoAction,
            RecognizeOrdinals = configured.RecognizeOrdinals,
            RecognizeNumbers = configured.RecognizeNumbers,
            Locale = configured.Locale ?? ChoiceLocale.Resolve(turnContext.Activity, options.RecognizeLanguage ?? DefaultLocale),
        };
        var found = ChoiceRecognizer.RecognizeChoices(text, options.Choices ?? [], recognizer);
        if (found.Count > 0)
        {
            result.Succeeded = true;
            result.Value = found[0];
        }

        return Task.FromResult(result);
    }
}
