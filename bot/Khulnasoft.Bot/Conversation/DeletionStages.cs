using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// Keeps a user's <see cref="DeletionProgress"/> as the deletion conversation moves from step to step, and reads it when
/// they come back (in this conversation after a reset, or in another conversation or channel).
/// </summary>
public sealed class DeletionStages(DeletionProgressStore store, ConversationAccessors accessors, TimeProvider clock)
{
    public Task<DeletionProgress?> FindAsync(string userId, CancellationToken cancellationToken) => store.GetAsync(userId, cancellationToken);

    public Task MarkAsync(ITurnContext turnContext, string userId, string stage, string? caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return store.SetAsync(userId, new DeletionProgress(stage, caseId, turnContext.Activity.Conversation?.Id, clock.GetUtcNow()), cancellationToken);
    }

    public Task ClearAsync(string userId, CancellationToken cancellationToken) => store.ClearAsync(userId, cancellationToken);

    /// <summary>Clears the progress of the user verified in this conversation, if any (the user said "cancel").</summary>
    public async Task ClearVerifiedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await accessors.GetVerifiedAsync(turnContext, cancellationToken).ConfigureAwait(false) is { } identity)
        {
            await store.ClearAsync(identity.UserId, cancellationToken).ConfigureAwait(false);
        }
    }
}
