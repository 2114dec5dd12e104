using Khulnasoft.Bot.Tests.Channels;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// A test against the running host with real channel tokens and a fake Teams Connector (<see cref="BotTestHost.WithTeams"/>);
/// each test adds its settings to <see cref="Host"/> and starts it. Every card seen goes through <see cref="R"/>.
/// </summary>
public abstract class TeamsChannelConversation : IAsyncLifetime
{
    protected BotTestHost Host { get; } = new BotTestHost().WithSandbox();

    protected Replies R { get; } = new();

    protected FakeChannel Connector { get; private set; } = null!;

    protected ChannelTokens Credentials { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Connector = await FakeChannel.StartAsync();
        Credentials = await ChannelTokens.StartAsync();
        Host.WithTeams(Connector, Credentials).WithoutConnectorRetries();
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Credentials.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
