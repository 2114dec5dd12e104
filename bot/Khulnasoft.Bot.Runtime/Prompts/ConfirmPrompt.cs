using Khulnasoft.Bot.Runtime.Choices;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>
/// Asks yes or no. Shows Yes/No (Ja/Nein in German) with the SDK's default styling (Auto: inline "(1) Yes or (2) No"
/// where the channel has no buttons, suggested actions in Web Chat), recognises yes/no words in English and German
/// (<see cref="YesNoRecognizer"/>) and, failing that, the choices themselves or their number ("1" = yes).
/// </summary>
public class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null) : Prompt<bool>(dialogId, validator)
{
    public ListStyle Style { get; set; } = ListStyle.Auto;

    public string? DefaultLocale { get; set; } = defaultLocale;

    /// <summary>Separators for inline/list rendering; the locale's defaults when null.</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>The yes and no choices; the locale's ("Yes"/"No", "Ja"/"Nein") when null.</summary>
    public (Choice Yes, Choice No)? ConfirmChoices { get; set; }

    protected override Task OnPromptAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = Locale(turnContext, options);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = AppendChoices(source, turnContext, Choices(locale), options.Style ?? Style, ChoiceOptions ?? ChoiceFactoryOptions.ForLocale(locale));
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<bool>();
        var text = PromptInput.GetText(turnContext.Activity, options);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var locale = Locale(turnContext, options);
        if (YesNoRecognizer.Recognize(text) is { } answer)
        {
            result.Succeeded = true;
            result.Value = answer;
            return Task.FromResult(result);
        }

        var recognizeNumbers = (ChoiceOptions ?? ChoiceFactoryOptions.ForLocale(locale)).IncludeNumbers;
        var found = ChoiceRecognizer.RecognizeChoices(text, Choices(locale), new FindChoicesOptions { Locale = locale, RecognizeNumbers = recognizeNumbers, RecognizeOrdinals = recognizeNumbers });
        if (found.Count > 0)
        {
            result.Succeeded = true;
            result.Value = found[0].Index == 0;
        }

        return Task.FromResult(result);
    }

    private string Locale(ITurnContext turnContext, PromptOptions options) =>
        ChoiceLocale.Resolve(turnContext.Activity, options.RecognizeLanguage ?? DefaultLocale);

    private List<Choice> Choices(string locale)
    {
        if (ConfirmChoices is { } custom)
        {
            return [custom.Yes, custom.No];
        }

        return ChoiceLocale.IsGerman(locale) ? Choice.FromValues("Ja", "Nein") : Choice.FromValues("Yes", "No");
    }
}
