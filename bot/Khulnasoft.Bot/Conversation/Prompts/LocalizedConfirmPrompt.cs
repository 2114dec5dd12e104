using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation.Prompts;

/// <summary>
/// A <see cref="ConfirmPrompt"/> that builds what it says from its <see cref="PromptOptions.Template"/> each time it
/// asks, as <see cref="LocalizedTextPrompt{TTemplate}"/> does.
/// </summary>
public sealed class LocalizedConfirmPrompt<TTemplate>(string dialogId, PromptBuilder<TTemplate> build, PromptValidator<bool>? validator = null)
    : ConfirmPrompt(dialogId, validator)
{
    protected override Task OnPromptAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        base.OnPromptAsync(turnContext, state, PromptTemplates.Render(turnContext, options, build), isRetry, cancellationToken);
}
