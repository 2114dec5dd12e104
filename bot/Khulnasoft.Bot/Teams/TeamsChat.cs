using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Teams;

/// <summary>A personal Teams chat the bot opened with someone: where to send, and their Teams user id (<c>29:…</c>) there.</summary>
public sealed record TeamsChat(string ServiceUrl, string ConversationId, string TenantId, string TeamsUserId)
{
    /// <summary>The chat as a conversation reference (for sending into it, or continuing it), with the bot as <paramref name="bot"/>.</summary>
    public ConversationReference Reference(ChannelAccount bot, string? userName, string? aadObjectId) => new()
    {
        ChannelId = Channels.Msteams,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(ConversationId, conversationType: "personal", tenantId: TenantId),
        User = new ChannelAccount(TeamsUserId, userName, RoleTypes.User, aadObjectId),
        Bot = bot,
    };
}
