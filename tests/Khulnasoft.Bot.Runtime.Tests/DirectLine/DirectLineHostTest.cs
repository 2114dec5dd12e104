namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>Base of the Direct Line tests that each get a fresh server on the memory store and a raw client for it.</summary>
public abstract class DirectLineHostTest : IAsyncLifetime
{
    protected DirectLineTestHost Host { get; private set; } = null!;

    protected DirectLineTestClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await DirectLineTestHost.StartAsync();
        Client = new DirectLineTestClient(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
