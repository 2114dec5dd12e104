using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The conversation's stored state: the dialog stack (conversation state, so leaving and coming back days later
/// continues at the same step), the verified identity (private conversation state: per user, per conversation), and
/// a count of answers the bot did not understand in a row.
/// </summary>
public sealed class ConversationAccessors(
    ConversationState conversationState, PrivateConversationState privateState, IOptions<ConversationOptions> options, TimeProvider clock)
{
    public IStatePropertyAccessor<DialogState> DialogState { get; } = conversationState.CreateProperty<DialogState>("DialogState");

    public IStatePropertyAccessor<VerifiedSession> Session { get; } = privateState.CreateProperty<VerifiedSession>("verified");

    public IStatePropertyAccessor<int> Misunderstood { get; } = conversationState.CreateProperty<int>("misunderstood");

    /// <summary>The identity verified earlier in this conversation, while it may still be reused; otherwise null.</summary>
    public async Task<VerifiedIdentity?> GetVerifiedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var session = await Session.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        return session is not null && clock.GetUtcNow() - session.VerifiedAt < options.Value.IdentityReuse ? session.Identity : null;
    }

    public Task SetVerifiedAsync(ITurnContext turnContext, VerifiedIdentity identity, CancellationToken cancellationToken) =>
        Session.SetAsync(turnContext, new VerifiedSession(identity, clock.GetUtcNow()), cancellationToken);
}
