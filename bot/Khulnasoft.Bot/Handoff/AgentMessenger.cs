using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Teams;
using Khulnasoft.Cards;
using Polly.Timeout;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Talks to agents in their personal Teams chat with the bot, straight through the Connector (never through a turn
/// of the agent's conversation, so a user's turn never waits for an agent's). The chat is opened once per agent
/// (<see cref="TeamsPersonalChats"/>: create-conversation with their Entra object id and tenant, protocol doc §5.6)
/// and remembered in the handoff store.
/// Failures are reported as null/false and logged: an unreachable agent is simply not offered the conversation.
/// </summary>
public sealed class AgentMessenger(
    IConnectorClientFactory connectors,
    TeamsPersonalChats chats,
    HandoffStore store,
    ILogger<AgentMessenger> logger)
{
    /// <summary>The bot's personal chat with the agent, created when there is none yet; null when Teams refused.</summary>
    public async Task<ConversationReference?> OpenAsync(HandoffAgent agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (agent.TenantId is not { Length: > 0 } tenantId || agent.IsExternal)
        {
            return null;
        }

        if (await store.GetAgentConversationAsync(tenantId, agent.AgentId, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known;
        }

        if (await chats.OpenAsync(tenantId, agent.AgentId, agent.Name, cancellationToken).ConfigureAwait(false) is not { } chat)
        {
            HandoffLog.AgentUnreachable(logger, agent.AgentId, 0);
            return null;
        }

        var reference = chat.Reference(chats.Bot, agent.Name, agent.AgentId);
        await store.SaveAgentConversationAsync(tenantId, agent.AgentId, reference, cancellationToken).ConfigureAwait(false);
        return reference;
    }

    /// <summary>
    /// Opens the agent's chat and sends the message; when a remembered chat no longer works (the app was removed and
    /// installed again), forgets it and creates a new one once. The chat and the message's id; null when unreachable.
    /// </summary>
    public async Task<(ConversationReference Conversation, string ActivityId)?> DeliverAsync(HandoffAgent agent, string? text, JsonObject? card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            if (await OpenAsync(agent, cancellationToken).ConfigureAwait(false) is not { } conversation)
            {
                return null;
            }

            if (await SendAsync(conversation, text, card, cancellationToken).ConfigureAwait(false) is { } activityId)
            {
                return (conversation, activityId);
            }

            if (agent.TenantId is { Length: > 0 } tenantId)
            {
                await store.ForgetAgentConversationAsync(tenantId, agent.AgentId, cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    /// <summary>Remembers the chat an agent actually wrote from (it wins over the one we created).</summary>
    public Task RememberAsync(HandoffAgent agent, ConversationReference conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return agent.TenantId is { Length: > 0 } tenantId
            ? store.SaveAgentConversationAsync(tenantId, agent.AgentId, conversation, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>Sends a message (text and/or a card) into the agent's chat; the channel's activity id, or null when it failed.</summary>
    public async Task<string?> SendAsync(ConversationReference conversation, string? text, JsonObject? card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var activity = Message(conversation, text, card);
        try
        {
            var sent = await connectors.Create(conversation.ServiceUrl!).SendToConversationAsync(conversation.Conversation!.Id!, activity, cancellationToken)
                .ConfigureAwait(false);
            return string.IsNullOrEmpty(sent.Id) ? string.Empty : sent.Id;
        }
        catch (Exception e) when (e is ConnectorException or TimeoutRejectedException)
        {
            HandoffLog.AgentSendFailed(logger, (e as ConnectorException)?.StatusCode ?? 0);
            return null;
        }
    }

    /// <summary>Replaces a card the bot sent earlier (Teams supports updates); false when it failed.</summary>
    public async Task<bool> UpdateAsync(ConversationReference conversation, string activityId, JsonObject card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var activity = Message(conversation, null, card);
        activity.Id = activityId;
        try
        {
            await connectors.Create(conversation.ServiceUrl!).UpdateActivityAsync(conversation.Conversation!.Id!, activityId, activity, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or TimeoutRejectedException)
        {
            HandoffLog.AgentSendFailed(logger, (e as ConnectorException)?.StatusCode ?? 0);
            return false;
        }
    }

    private static Activity Message(ConversationReference conversation, string? text, JsonObject? card)
    {
        if (conversation.ServiceUrl is null || conversation.Conversation?.Id is null)
        {
            throw new ArgumentException("The agent's conversation needs a service URL and an id.", nameof(conversation));
        }

        var activity = Activity.CreateMessageActivity(text);
        activity.ChannelId = conversation.ChannelId;
        activity.ServiceUrl = conversation.ServiceUrl;
        activity.Conversation = conversation.Conversation;
        activity.From = conversation.Bot;
        activity.Recipient = conversation.User;
        activity.InputHint = InputHints.AcceptingInput;
        if (card is not null)
        {
            activity.Attachments = [new Attachment { ContentType = CardSerializer.ContentType, Content = card }];
        }

        return activity;
    }
}
