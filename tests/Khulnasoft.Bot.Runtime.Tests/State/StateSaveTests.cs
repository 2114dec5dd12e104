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
    public async Task StatesTheTurnsUse_AreLoadedByTheGate_AndSavedTogether(string store)
    {
        await using var bot = await CreateAsync(store);
        var conversation = $"conv-{Guid.NewGuid():N}";
        var visits = bot.UserState.CreateProperty<int>("visits");
        var userStateReadByTheGate = new List<bool>();
        bot.DuringTurn = async ctx =>
        {
            Assert.NotNull(bot.ConversationState.GetCachedState(ctx));
            userStateReadByTheGate.Add(bot.UserState.GetCachedState(ctx) is not null);
            await visits.SetAsync(ctx, await visits.GetAsync(ctx, () => 0) + 1);
        };

        await bot.SendAsync(GatedPipeline.Message(conversation, "u1", "one"));
        await bot.SendAsync(GatedPipeline.Message($"{conversation}-2", "u2", "two"));
        await bot.SendAsync(GatedPipeline.Message($"{conversation}-2", "u3", "three"));

        // The first turn to use the user state read it itself; from then on the gate reads it with the lease.
        Assert.Equal([false, true, true], userStateReadByTheGate);
        Assert.Equal(2, bot.Gate.PrefetchedStateCount);
        var user = await bot.Storage.ReadAsync<StateDocument>(["test/users/user-1"]);
        Assert.Equal(3, user["test/users/user-1"].Values["visits"].GetInt32());
    }

    [Fact]
    public async Task AStateNoTurnUses_IsNeverRead()
    {
        var storage = new KeyRecordingStorage(new MemoryStorage());
        await using var bot = GatedPipeline.InMemory(storage);
        var conversation = $"conv-{Guid.NewGuid():N}";
        for (var i = 1; i <= 3; i++)
        {
            await bot.SendAsync(GatedPipeline.Message(conversation, $"n{i}", $"turn {i}"));
        }

        // The test bot keeps only conversation state: the user state registered with the gate is never read.
        Assert.Equal(3, (await bot.ReadProgressAsync(conversation))!.Count);
        Assert.DoesNotContain(storage.KeysRead, key => key.StartsWith("test/users/", StringComparison.Ordinal));
        Assert.Contains($"test/conversations/{conversation}", storage.KeysRead);
        Assert.Equal(1, bot.Gate.PrefetchedStateCount);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AStateTheTurnReadsItself_IsStillSavedWithItsETag_AChangeBehindItsBackIsAConflict(string store)
    {
        await using var bot = await CreateAsync(store);
        var conversation = $"conv-{Guid.NewGuid():N}";
        var visits = bot.UserState.CreateProperty<int>("visits");
        var stored = new StateDocument { ETag = "*" };
        stored.Values["visits"] = System.Text.Json.JsonSerializer.SerializeToElement(5);
        await bot.Storage.WriteAsync(new Dictionary<string, object> { ["test/users/user-1"] = stored });
        bot.DuringTurn = async ctx =>
        {
            Assert.Null(bot.UserState.GetCachedState(ctx)); // no turn used it before: the gate did not read it
            await visits.SetAsync(ctx, await visits.GetAsync(ctx, () => 0) + 1);
            await bot.Storage.WriteAsync(new Dictionary<string, object> { ["test/users/user-1"] = new StateDocument { ETag = "*" } });
        };

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => bot.SendAsync(GatedPipeline.Message(conversation, "c1", "one")));

        // Neither the turn's 6 nor its conversation state was written over the change made behind its back.
        var user = await bot.Storage.ReadAsync<StateDocument>(["test/users/user-1"]);
        Assert.False(user["test/users/user-1"].Values.ContainsKey("visits"));
        Assert.Null(await bot.ReadProgressAsync(conversation));
    }

    /// <summary>An <see cref="IStorage"/> that remembers every key read through it.</summary>
    private sealed class KeyRecordingStorage(IStorage inner) : IStorage
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _keysRead = new();

        public IReadOnlyCollection<string> KeysRead => _keysRead;

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            foreach (var key in keys)
            {
                _keysRead.Enqueue(key);
            }

            return inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
