using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Tests.Concurrency;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Runtime.Tests.State;

/// <summary>State loaded by the gate is saved with its ETag: a change made behind the turn's back is detected, not overwritten.</summary>
[Collection(RedisCollection.Name)]
public sealed class StateSaveTests(RedisServer redis)
{
    public static TheoryData<string> Stores => new() { "memory", "redis" };

    private async Task<GatedPipeline> CreateAsync(string store) =>
        store == "redis" ? await GatedPipeline.StartRedisAsync(redis, $"save-{Guid.NewGuid():N}:") : GatedPipeline.InMemory();

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ChangeBehindTheTurnsBack_IsAConflict_AndNotOverwritten(string store)
    {
        await using var bot = await CreateAsync(store);
        var conversation = $"conv-{Guid.NewGuid():N}";
        await bot.SendAsync(GatedPipeline.Message(conversation, "s1", "one"));
        var key = $"test/conversations/{conversation}";
        bot.DuringTurn = async _ => await bot.Storage.WriteAsync(new Dictionary<string, object> { [key] = new StateDocument { ETag = "*" } });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => bot.SendAsync(GatedPipeline.Message(conversation, "s2", "two")));

        Assert.Null(await bot.ReadProgressAsync(conversation));
        bot.DuringTurn = null;
        await bot.SendAsync(GatedPipeline.Message(conversation, "s2", "two"));
        Assert.Equal(["two"], (await bot.ReadProgressAsync(conversation))!.Steps);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AllRegisteredStates_AreLoadedByTheGate_AndSavedTogether(string store)
    {
        await using var bot = await CreateAsync(store);
        var conversation = $"conv-{Guid.NewGuid():N}";
        var visits = bot.UserState.CreateProperty<int>("visits");
        bot.DuringTurn = async ctx =>
        {
            Assert.NotNull(bot.ConversationState.GetCachedState(ctx));
            Assert.NotNull(bot.UserState.GetCachedState(ctx));
            await visits.SetAsync(ctx, await visits.GetAsync(ctx, () => 0) + 1);
        };

        await bot.SendAsync(GatedPipeline.Message(conversation, "u1", "one"));
        await bot.SendAsync(GatedPipeline.Message($"{conversation}-2", "u2", "two"));

        var user = await bot.Storage.ReadAsync<StateDocument>(["test/users/user-1"]);
        Assert.Equal(2, user["test/users/user-1"].Values["visits"].GetInt32());
    }
}
