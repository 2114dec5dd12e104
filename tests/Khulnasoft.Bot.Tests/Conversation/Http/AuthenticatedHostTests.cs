namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>Tests over HTTP against one <see cref="AuthenticatedHost"/> per test.</summary>
public abstract class AuthenticatedHostTests : IAsyncLifetime
{
    protected AuthenticatedHost Bed { get; private set; } = null!;

    protected BotTestHost Host => Bed.Host;

    protected Replies R => Bed.Replies;

    public async Task InitializeAsync() => Bed = await AuthenticatedHost.StartAsync();

    public async Task DisposeAsync() => await Bed.DisposeAsync();
}
