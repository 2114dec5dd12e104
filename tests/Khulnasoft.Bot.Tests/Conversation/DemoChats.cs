using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Conversation;

/// <summary>Conversations of the demo users (<see cref="DemoUsers"/>) with the bot, as the channels address them.</summary>
public static class DemoChats
{
    /// <summary>
    /// A Teams personal chat with a seeded user (their Entra identity in the seeded tenant), served by the Connector
    /// at <paramref name="serviceUrl"/> (by default an address nothing answers: replies must not leave the process).
    /// </summary>
    public static ConversationReference Teams(string user, string conversationId, string serviceUrl = "https://smba.example.invalid/teams/") => new()
    {
        ChannelId = Runtime.Schema.Channels.Msteams,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = DemoUsers.Tenant },
        User = new ChannelAccount { Id = "29:" + user, Name = user, AadObjectId = DemoUsers.ByKey[user].AadObjectId },
        Bot = new ChannelAccount { Id = "28:khulnasoft-bot", Name = "Khulnasoft" },
        Locale = "en-US",
    };

    /// <summary>Web Chat through Direct Line with a user id the embedding site bound into the token.</summary>
    public static ConversationReference BoundWebChat(string email, string conversationId) => new()
    {
        ChannelId = Runtime.Schema.Channels.Directline,
        ServiceUrl = "https://directline.example.invalid/",
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = "dl_" + email, Name = email },
        Bot = new ChannelAccount { Id = "khulnasoft-bot", Name = "Khulnasoft" },
        Locale = "en-US",
    };

    /// <summary>Anonymous Web Chat: nothing vouched for, so the bot asks for the email and a code.</summary>
    public static ConversationReference AnonymousWebChat(string conversationId) => new()
    {
        ChannelId = Runtime.Schema.Channels.Directline,
        ServiceUrl = "https://directline.example.invalid/",
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = "anon-" + conversationId, Name = "Visitor" },
        Bot = new ChannelAccount { Id = "khulnasoft-bot", Name = "Khulnasoft" },
        Locale = "en-US",
    };
}
