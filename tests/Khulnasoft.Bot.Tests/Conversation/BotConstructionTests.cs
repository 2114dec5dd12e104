using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation;

/// <summary>
/// What the host builds for every turn: the bot is transient, so each request resolves it and everything it takes.
/// That once built the conversation's dialog tree three times and ~37 account API clients (docs/benchmarks.md).
/// </summary>
public sealed class BotConstructionTests
{
    [Fact]
    public async Task ATurnsBot_BuildsTheDialogTreeOnce_AndUsesTheHostsOneApiClient()
    {
        var trees = 0;
        await using var host = new BotTestHost().WithSandbox().WithServices(services =>
            services.AddTransient(sp =>
            {
                Interlocked.Increment(ref trees);
                return ActivatorUtilities.CreateInstance<ConversationDialogs>(sp);
            }));
        host.Start();

        using var request = host.Services.CreateScope();
        Assert.IsType<KhulnasoftActivityHandler>(request.ServiceProvider.GetRequiredService<IBot>());

        Assert.Equal(1, trees);
        Assert.Same(host.Service<KhulnasoftApiClient>(), request.ServiceProvider.GetRequiredService<KhulnasoftApiClient>());
    }
}
