using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Reads and changes handoff records and conversation links in the runtime's <see cref="IStorage"/>. A record change
/// is re-applied to the fresh record after an ETag conflict (bounded), so concurrent changes never get lost and
/// exactly one of two racing accepts wins.
/// </summary>
public sealed class HandoffStore(IStorage storage, ILogger<HandoffStore> logger)
{
    private const int MaxConflictRetries = 10;

    public async Task<HandoffRecord?> GetAsync(string handoffId, CancellationToken cancellationToken)
    {
        var key = HandoffKeys.Record(handoffId);
        var items = await storage.ReadAsync<HandoffRecord>([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var found) ? found : null;
    }

    /// <summary>The handoff a conversation takes part in, with the conversation's role in it; null when none.</summary>
    public async Task<(HandoffRecord Record, HandoffRole Role)?> FindByConversationAsync(string? channelId, string? conversationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId))
        {
            return null;
        }

        var linkKey = HandoffKeys.Link(channelId, conversationId);
        var links = await storage.ReadAsync<HandoffLink>([linkKey], cancellationToken).ConfigureAwait(false);
        if (!links.TryGetValue(linkKey, out var link))
        {
            return null;
        }

        return await GetAsync(link.HandoffId, cancellationToken).ConfigureAwait(false) is { } record ? (record, link.Role) : null;
    }

    /// <summary>Stores a new record and links the user's conversation to it.</summary>
    public Task CreateAsync(HandoffRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var changes = new Dictionary<string, object> { [HandoffKeys.Record(record.Id)] = record };
        if (LinkKey(record.User) is { } userLink)
        {
            changes[userLink] = new HandoffLink { HandoffId = record.Id, Role = HandoffRole.User };
        }

        return storage.WriteAsync(changes, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current record. The function may run more than once (after a conflict)
    /// and must decide only from the record it is given; false means "nothing to change" and writes nothing.
    /// Returns the record as stored (changed or not) and whether this call changed it; null when it does not exist.
    /// </summary>
    public async Task<(HandoffRecord Record, bool Changed)?> UpdateAsync(string handoffId, Func<HandoffRecord, bool> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            if (await GetAsync(handoffId, cancellationToken).ConfigureAwait(false) is not { } current)
            {
                return null;
            }

            if (!change(current))
            {
                return (current, false);
            }

            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [HandoffKeys.Record(handoffId)] = current }, cancellationToken).ConfigureAwait(false);
                return (current, true);
            }
            catch (StorageConcurrencyException) when (attempt < MaxConflictRetries)
            {
                HandoffLog.Conflict(logger, handoffId, attempt);
            }
        }
    }

    public Task LinkAsync(ConversationReference? conversation, string handoffId, HandoffRole role, CancellationToken cancellationToken) =>
        LinkKey(conversation) is { } key
            ? storage.WriteAsync(new Dictionary<string, object> { [key] = new HandoffLink { HandoffId = handoffId, Role = role } }, cancellationToken)
            : Task.CompletedTask;

    /// <summary>Removes the links of these conversations, but only those that still point at <paramref name="handoffId"/>.</summary>
    public async Task UnlinkAsync(string handoffId, IEnumerable<ConversationReference?> conversations, CancellationToken cancellationToken)
    {
        var keys = conversations.Select(LinkKey).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0)
        {
            return;
        }

        var links = await storage.ReadAsync<HandoffLink>(keys, cancellationToken).ConfigureAwait(false);
        var stale = links.Where(l => string.Equals(l.Value.HandoffId, handoffId, StringComparison.Ordinal)).Select(l => l.Key).ToArray();
        if (stale.Length > 0)
        {
            await storage.DeleteAsync(stale, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<ConversationReference?> GetAgentConversationAsync(string tenantId, string agentId, CancellationToken cancellationToken)
    {
        var key = HandoffKeys.AgentConversation(tenantId, agentId);
        var items = await storage.ReadAsync<ConversationReference>([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var found) ? found : null;
    }

    public Task SaveAgentConversationAsync(string tenantId, string agentId, ConversationReference conversation, CancellationToken cancellationToken) =>
        storage.WriteAsync(new Dictionary<string, object> { [HandoffKeys.AgentConversation(tenantId, agentId)] = conversation }, cancellationToken);

    public Task ForgetAgentConversationAsync(string tenantId, string agentId, CancellationToken cancellationToken) =>
        storage.DeleteAsync([HandoffKeys.AgentConversation(tenantId, agentId)], cancellationToken);

    private static string? LinkKey(ConversationReference? conversation) =>
        conversation is { ChannelId: { Length: > 0 } channelId, Conversation.Id: { Length: > 0 } conversationId }
            ? HandoffKeys.Link(channelId, conversationId)
            : null;
}
