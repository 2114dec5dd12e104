namespace Khulnasoft.Bot.Tests.Channels;

/// <summary>
/// Base of the tests that meet the host as Teams does: each test gets its own fake Teams connector service
/// (<see cref="Channel"/>, the serviceUrl the bot calls for proactive sends, created chats and card updates) and real
/// channel tokens (<see cref="Tokens"/>: a local issuer the host trusts, and the bot's own token endpoint).
/// </summary>
public abstract class TeamsChannelTest : IAsyncLifetime
{
    protected FakeChannel Channel { get; private set; } = null!;

    protected ChannelTokens Tokens { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await FakeChannel.StartAsync();
        Tokens = await ChannelTokens.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Channel.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
