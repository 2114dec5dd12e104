using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// Talks to approvers in Teams through the Connector (protocol doc §2.2, §5.6): opens a personal chat by Entra
/// object id and tenant, posts the approval card there, replaces it once decided. Failures are logged (status and
/// code only) and reported as null/false, so the caller can fall back to email.
/// </summary>
public sealed partial class TeamsApprovalChannel(
    IConnectorClientFactory connectors,
    IOptions<TeamsOptions> teams,
    IOptions<BotAuthenticationOptions> bot,
    ILogger<TeamsApprovalChannel> logger)
{
    /// <summary>
    /// The bot's Teams id: <c>28:</c> + the Microsoft App Id. Without an app id (anonymous local mode) Teams cannot be
    /// reached anyway; a fixed local id keeps the wire shape for local tools and tests.
    /// </summary>
    public ChannelAccount Bot => new("28:" + (string.IsNullOrWhiteSpace(bot.Value.MicrosoftAppId) ? "local-bot" : bot.Value.MicrosoftAppId), teams.Value.BotName, RoleTypes.Bot);

    /// <summary>
    /// Creates (or reopens: Teams answers with the existing 1:1 chat) the bot's personal chat with <paramref name="entra"/>
    /// and reads the member back for their Teams user id (<c>29:…</c>), which the card's <c>refresh.userIds</c> needs.
    /// </summary>
    public async Task<TeamsChat?> OpenChatAsync(EntraIdentity entra, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entra);
        var serviceUrl = teams.Value.ServiceUrl;
        try
        {
            var created = await connectors.Create(serviceUrl).CreateConversationAsync(
                new ConversationParameters
                {
                    IsGroup = false,
                    Bot = Bot,
                    Members = [new ChannelAccount(entra.ObjectId, name, RoleTypes.User, entra.ObjectId)],
                    TenantId = entra.TenantId,
                    ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = entra.TenantId } },
                },
                cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(created.Id))
            {
                LogChatFailed(logger, 0, "NoConversationId");
                return null;
            }

            // Teams may answer with a regional service URL: later calls for this chat go there.
            var chatServiceUrl = string.IsNullOrWhiteSpace(created.ServiceUrl) ? serviceUrl : created.ServiceUrl;
            return new TeamsChat(chatServiceUrl, created.Id, entra.TenantId, await TeamsUserIdAsync(chatServiceUrl, created.Id, entra, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is ConnectorException or TimeoutRejectedException)
        {
            LogChatFailed(logger, (e as ConnectorException)?.StatusCode ?? 0, (e as ConnectorException)?.Code ?? "Timeout");
            return null;
        }
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

    private async Task<string> TeamsUserIdAsync(string serviceUrl, string conversationId, EntraIdentity entra, CancellationToken cancellationToken)
    {
        try
        {
            var members = await connectors.Create(serviceUrl).GetConversationMembersAsync(conversationId, cancellationToken).ConfigureAwait(false);
            var member = members.FirstOrDefault(m => string.Equals(m.AadObjectId, entra.ObjectId, StringComparison.OrdinalIgnoreCase))
                ?? members.FirstOrDefault(m => !string.Equals(m.Role, RoleTypes.Bot, StringComparison.Ordinal) && m.Id?.StartsWith("28:", StringComparison.Ordinal) != true);
            if (member?.Id is { Length: > 0 } id)
            {
                return id;
            }
        }
        catch (Exception e) when (e is ConnectorException or TimeoutRejectedException)
        {
            LogMembersFailed(logger, (e as ConnectorException)?.StatusCode ?? 0);
        }

        // Teams also names a user by the MRI of their Entra object id.
        return "8:orgid:" + entra.ObjectId;
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

    [LoggerMessage(EventId = 6511, Level = LogLevel.Warning, Message = "Could not open a Teams chat with an approver (connector status {Status}, code {Code})")]
    private static partial void LogChatFailed(ILogger logger, int status, string? code);

    [LoggerMessage(EventId = 6512, Level = LogLevel.Warning, Message = "Could not post to an approver's Teams chat (connector status {Status}, code {Code})")]
    private static partial void LogSendFailed(ILogger logger, int status, string? code);

    [LoggerMessage(EventId = 6513, Level = LogLevel.Warning, Message = "Could not update an approval card (connector status {Status}, code {Code})")]
    private static partial void LogUpdateFailed(ILogger logger, int status, string? code);

    [LoggerMessage(EventId = 6514, Level = LogLevel.Information, Message = "Could not read the members of a new Teams chat (connector status {Status}); using the Entra MRI")]
    private static partial void LogMembersFailed(ILogger logger, int status);
}
