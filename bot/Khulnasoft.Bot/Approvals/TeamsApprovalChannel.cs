using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Teams;
using Khulnasoft.Cards;
using Polly.Timeout;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// Talks to approvers in Teams through the Connector (protocol doc §2.2, §5.6): opens a personal chat by Entra
/// object id and tenant (<see cref="TeamsPersonalChats"/>), posts the approval card there, replaces it once decided.
/// Failures are logged (status and code only) and reported as null/false, so the caller can fall back to email.
/// </summary>
public sealed partial class TeamsApprovalChannel(
    IConnectorClientFactory connectors,
    TeamsPersonalChats chats,
    ILogger<TeamsApprovalChannel> logger)
{
    /// <summary>The bot's Teams account (see <see cref="TeamsPersonalChats.Bot"/>).</summary>
    public ChannelAccount Bot => chats.Bot;

    /// <summary>The bot's personal chat with <paramref name="entra"/> (created, or reopened: see <see cref="TeamsPersonalChats"/>).</summary>
    public Task<TeamsChat?> OpenChatAsync(EntraIdentity entra, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entra);
        return chats.OpenAsync(entra.TenantId, entra.ObjectId, name, cancellationToken);
    }

    /// <summary>Posts a card (with <paramref name="text"/> as the notification preview); the new message's id, or null.</summary>
    public async Task<string?> SendAsync(TeamsChat chat, JsonObject? card, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        try
        {
            var sent = await connectors.Create(chat.ServiceUrl).SendToConversationAsync(chat.ConversationId, Message(chat.ConversationId, chat.TenantId, null, card, text), cancellationToken)
                .ConfigureAwait(false);
            return string.IsNullOrEmpty(sent.Id) ? null : sent.Id;
        }
        catch (Exception e) when (e is ConnectorException or TimeoutRejectedException)
        {
            LogSendFailed(logger, (e as ConnectorException)?.StatusCode ?? 0, (e as ConnectorException)?.Code ?? "Timeout");
            return null;
        }
    }

    /// <summary>Replaces a posted card in place (PUT update activity); false when the channel refused.</summary>
    public async Task<bool> UpdateAsync(CardDelivery delivery, JsonObject card, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        try
        {
            await connectors.Create(delivery.ServiceUrl).UpdateActivityAsync(
                delivery.ConversationId, delivery.ActivityId, Message(delivery.ConversationId, delivery.TenantId, delivery.ActivityId, card, text), cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or TimeoutRejectedException)
        {
            LogUpdateFailed(logger, (e as ConnectorException)?.StatusCode ?? 0, (e as ConnectorException)?.Code ?? "Timeout");
            return false;
        }
    }

    private Activity Message(string conversationId, string? tenantId, string? activityId, JsonObject? card, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = activityId,
        From = Bot,
        Conversation = new ConversationAccount { Id = conversationId, TenantId = tenantId, ConversationType = "personal" },
        Text = text,
        Attachments = card is null ? null : [new Attachment { ContentType = CardSerializer.ContentType, Content = card }],
    };

    [LoggerMessage(EventId = 6512, Level = LogLevel.Warning, Message = "Could not post to an approver's Teams chat (connector status {Status}, code {Code})")]
    private static partial void LogSendFailed(ILogger logger, int status, string? code);

    [LoggerMessage(EventId = 6513, Level = LogLevel.Warning, Message = "Could not update an approval card (connector status {Status}, code {Code})")]
    private static partial void LogUpdateFailed(ILogger logger, int status, string? code);
}
