using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>Asks for text: recognised whenever the message has text (an empty string counts) or a card submit answers (see <see cref="PromptInput"/>).</summary>
public class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = PromptInput.GetText(turnContext.Activity, options);
        return Task.FromResult(new PromptRecognizerResult<string> { Succeeded = text is not null, Value = text });
    }
}
