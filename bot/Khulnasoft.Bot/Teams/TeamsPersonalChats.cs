using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Khulnasoft.Bot.Teams;

/// <summary>
/// Opens the bot's personal Teams chat with someone who may never have talked to it (protocol doc §5.6): connector
/// create-conversation on <c>Teams:ServiceUrl</c> with their Entra object id and tenant. For a 1:1 chat Teams answers
/// with the existing conversation when there is one, so opening again reuses the chat. The member is read back for
/// their Teams user id (<c>29:…</c>), which cards' <c>refresh.userIds</c> and replies need. Used by the approvals
/// and the agent hub; failures are logged (status and code only) and answered with null, so callers fall back.
/// </summary>
public sealed partial class TeamsPersonalChats(
    IConnectorClientFactory connectors,
    IOptions<TeamsOptions> teams,
    IOptions<BotAuthenticationOptions> bot,
    ILogger<TeamsPersonalChats> logger)
{
    /// <summary>
    /// The bot's Teams account: <c>28:</c> + the Microsoft App Id. Without an app id (anonymous local mode) Teams cannot
    /// be reached anyway; a fixed local id keeps the wire shape for local tools and tests.
    /// </summary>
    public ChannelAccount Bot => new("28:" + (string.IsNullOrWhiteSpace(bot.Value.MicrosoftAppId) ? "local-bot" : bot.Value.MicrosoftAppId), teams.Value.BotName, RoleTypes.Bot);

    /// <summary>Creates (or, as Teams answers for 1:1 chats, reopens) the bot's personal chat with an Entra user; null when Teams refused.</summary>
    public async Task<TeamsChat?> OpenAsync(string tenantId, string aadObjectId, string? name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var serviceUrl = teams.Value.ServiceUrl;
        try
        {
            var created = await connectors.Create(serviceUrl).CreateConversationAsync(
                new ConversationParameters
                {
                    IsGroup = false,
                    Bot = Bot,
                    // In personal scope Teams accepts the Entra object id in place of the user's 29: id.
                    Members = [new ChannelAccount(aadObjectId, name, RoleTypes.User, aadObjectId)],
                    TenantId = tenantId,
                    ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
                },
                cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(created.Id))
            {
                LogChatFailed(logger, 0, "NoConversationId");
                return null;
            }

            // Teams may answer with a regional service URL: later calls for this chat go there.
            var chatServiceUrl = string.IsNullOrWhiteSpace(created.ServiceUrl) ? serviceUrl : created.ServiceUrl;
            var teamsUserId = await TeamsUserIdAsync(chatServiceUrl, created.Id, aadObjectId, cancellationToken).ConfigureAwait(false);
            return new TeamsChat(chatServiceUrl, created.Id, tenantId, teamsUserId);
        }
        catch (Exception e) when (e is ConnectorException or TimeoutRejectedException)
        {
            LogChatFailed(logger, (e as ConnectorException)?.StatusCode ?? 0, (e as ConnectorException)?.Code ?? "Timeout");
            return null;
        }
    }

    private async Task<string> TeamsUserIdAsync(string serviceUrl, string conversationId, string aadObjectId, CancellationToken cancellationToken)
    {
        try
        {
            var members = await connectors.Create(serviceUrl).GetConversationMembersAsync(conversationId, cancellationToken).ConfigureAwait(false);
            var member = members.FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase))
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
        return "8:orgid:" + aadObjectId;
    }

    [LoggerMessage(EventId = 6601, Level = LogLevel.Warning, Message = "Could not open a personal Teams chat (connector status {Status}, code {Code})")]
    private static partial void LogChatFailed(ILogger logger, int status, string? code);

    [LoggerMessage(EventId = 6602, Level = LogLevel.Information, Message = "Could not read the members of a new Teams chat (connector status {Status}); using the Entra MRI")]
    private static partial void LogMembersFailed(ILogger logger, int status);
}
