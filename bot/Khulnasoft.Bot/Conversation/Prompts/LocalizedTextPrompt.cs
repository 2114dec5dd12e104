using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation.Prompts;

/// <summary>
/// A <see cref="TextPrompt"/> that builds what it says from its <see cref="PromptOptions.Template"/> (what it asks, as
/// data) each time it asks: the first time, after an answer it can't use, and when asked again (a language switch, a
/// hand-back). So it always speaks the turn's language. Options saved without a template send the text they stored.
/// </summary>
public sealed class LocalizedTextPrompt<TTemplate>(string dialogId, PromptBuilder<TTemplate> build, PromptValidator<string>? validator = null)
    : TextPrompt(dialogId, validator)
{
    protected override Task OnPromptAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        base.OnPromptAsync(turnContext, state, PromptTemplates.Render(turnContext, options, build), isRetry, cancellationToken);
}
