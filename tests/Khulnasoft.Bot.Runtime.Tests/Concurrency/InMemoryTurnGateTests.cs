namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

/// <summary>No Redis configured: MemoryStorage and the in-process gate.</summary>
public sealed class InMemoryTurnGateTests : TurnGateContractTests
{
    protected override Task<GatedPipeline> CreatePipelineAsync() => Task.FromResult(GatedPipeline.InMemory());

    [Fact]
    public async Task WithTheStateCacheOff_EveryTurnReadsStorage_AndKeepsNothing()
    {
        await using var bot = GatedPipeline.InMemory(stateCacheSize: 0);
        var conversation = NewConversation();
        var seen = new List<Progress>();
        bot.DuringTurn = async ctx => seen.Add((await bot.Progress.GetAsync(ctx, () => new Progress()))!);

        await bot.SendAsync(GatedPipeline.Message(conversation, "n1", "one"));
        await bot.SendAsync(GatedPipeline.Message(conversation, "n2", "two"));

        Assert.Equal(0, bot.Gate.CachedStates);
        Assert.NotSame(seen[0], seen[1]);
        Assert.Equal(["one", "two"], (await bot.ReadProgressAsync(conversation))!.Steps);
    }
}
