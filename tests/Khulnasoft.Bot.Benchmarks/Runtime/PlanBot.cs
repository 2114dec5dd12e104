using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Benchmarks.Runtime;

/// <summary>Runs <see cref="PlanDialog"/> on every message; the dialog stack lives in conversation state.</summary>
public sealed class PlanBot(ConversationState conversationState, PlanDialog dialog) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>("DialogState");

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await dialog.RunAsync(turnContext, _dialogState, cancellationToken);
}
