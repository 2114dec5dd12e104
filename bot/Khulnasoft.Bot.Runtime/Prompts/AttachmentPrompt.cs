using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>Asks for files: recognised when the message has at least one attachment.</summary>
public class AttachmentPrompt(string dialogId, PromptValidator<List<Attachment>>? validator = null) : Prompt<List<Attachment>>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<List<Attachment>>> OnRecognizeAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var attachments = turnContext.Activity.Attachments;
        return Task.FromResult(attachments is { Count: > 0 }
            ? new PromptRecognizerResult<List<Attachment>> { Succeeded = true, Value = [.. attachments] }
            : new PromptRecognizerResult<List<Attachment>>());
    }
}
