using System.Numerics;
using Khulnasoft.Bot.Runtime.Choices;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>
/// Asks for a number (int, long, decimal, double, …) in English or German format (<see cref="NumberRecognizer"/>):
/// the first number in the answer; for integer types a fraction is not recognised.
/// </summary>
public class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    /// <summary>Locale when the activity has none (then English).</summary>
    public string? DefaultLocale { get; set; } = defaultLocale;

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = ChoiceLocale.Resolve(turnContext.Activity, options.RecognizeLanguage ?? DefaultLocale);
        var result = new PromptRecognizerResult<T>();
        if (NumberRecognizer.Recognize(PromptInput.GetText(turnContext.Activity, options), locale) is { } number)
        {
            var floating = typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(decimal) || typeof(T) == typeof(Half);
            if (floating || number == decimal.Truncate(number))
            {
                try
                {
                    result.Value = T.CreateChecked(number);
                    result.Succeeded = true;
                }
                catch (OverflowException)
                {
                    result.Succeeded = false;
                }
            }
        }

        return Task.FromResult(result);
    }
}
