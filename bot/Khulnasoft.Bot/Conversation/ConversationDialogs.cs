using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The conversation's top-level dialogs (deletion, and the case commands) over the dialog stack in conversation
/// state. Also brings the user back to where they were (<see cref="IConversationResumer"/>) after a human agent hands
/// the conversation back.
/// </summary>
public sealed class ConversationDialogs : IConversationResumer
{
    private readonly DialogSet _dialogs;

    public ConversationDialogs(ConversationAccessors accessors, DeletionDialog deletion, CaseCommandDialog caseCommand)
    {
        ArgumentNullException.ThrowIfNull(accessors);
        _dialogs = new DialogSet(accessors.DialogState).Add(deletion).Add(caseCommand);
    }

    public Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _dialogs.CreateContextAsync(turnContext, cancellationToken);

    public async Task ResumeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is null)
        {
            await turnContext.SendActivityAsync("I'm back. Say \"delete my account\" to start, or \"status\" to see where your deletion stands.",
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync("I'm back. Let's continue where we left off.", cancellationToken: cancellationToken).ConfigureAwait(false);
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
    }
}
