using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.Channels;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// The running host with real authentication (channel tokens signed by a local issuer, the bot's token from a local
/// endpoint) and a fake Teams connector, as <see cref="DeletionHttpTests"/> sets it up; users of Teams and of Web Chat
/// through Direct Line talk to it over HTTP, in the locale given.
/// </summary>
public sealed class AuthenticatedHost : IAsyncDisposable
{
    private AuthenticatedHost(BotTestHost host, FakeChannel teams, ChannelTokens credentials) =>
        (Host, Teams, Credentials) = (host, teams, credentials);

    public BotTestHost Host { get; }

    public FakeChannel Teams { get; }

    public ChannelTokens Credentials { get; }

    public Replies Replies { get; } = new();

    public static async Task<AuthenticatedHost> StartAsync()
    {
        var teams = await FakeChannel.StartAsync();
        var credentials = await ChannelTokens.StartAsync();
        var host = new BotTestHost().WithSandbox();
        host.WithTeams(teams, credentials).WithoutConnectorRetries().Start();
        return new AuthenticatedHost(host, teams, credentials);
    }

    public ChannelUser TeamsUser(string user, string conversationId, string? locale, params Entity[] entities)
    {
        var reference = DemoChats.Teams(user, conversationId, Teams.ServiceUrl);
        reference.Locale = locale;
        return new(Host, Credentials, reference, Replies) { Entities = entities };
    }

    public ChannelUser WebChatUser(ConversationReference reference, string? locale)
    {
        ArgumentNullException.ThrowIfNull(reference);
        reference.Locale = locale;
        return new(Host, Credentials, reference, Replies);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Credentials.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
