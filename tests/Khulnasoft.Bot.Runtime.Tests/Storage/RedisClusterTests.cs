using Khulnasoft.Bot.Runtime.Concurrency;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Tests.Concurrency;
using Khulnasoft.TestSupport;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

/// <summary>
/// On a real (one-node) Redis Cluster: every key a conversation's scripts touch hashes to one slot on the server,
/// gated turns run (the cluster refuses cross-slot scripts), and user state, which lives in its own slot, is read and
/// saved beside them.
/// </summary>
public sealed class RedisClusterTests(RedisClusterServer cluster) : IClassFixture<RedisClusterServer>
{
    private readonly string _prefix = $"cluster-{Guid.NewGuid():N}:";

    [Fact]
    public async Task KeysOfOneConversation_ShareOneSlot_AsTheServerHashesThem()
    {
        var keys = new RedisKeys(_prefix);
        var tag = RedisKeys.ConversationTag("msteams", "19:abc{x}@thread.v2");
        string[] conversationKeys =
        [
            keys.State(tag),
            keys.State(tag + "/users/29:u"),
            keys.Lease(tag),
            keys.Fence(tag),
            keys.Processed(tag, "act-1"),
            keys.Processed(tag, "act-2"),
        ];
        var server = cluster.Connection.GetServer(cluster.Connection.GetEndPoints()[0]);
        var slots = new HashSet<long>();
        foreach (var key in conversationKeys)
        {
            slots.Add((long)await server.ExecuteAsync("CLUSTER", "KEYSLOT", key));
        }

        Assert.Single(slots);
        Assert.NotEqual((long)await server.ExecuteAsync("CLUSTER", "KEYSLOT", keys.State("msteams/users/29:u")), slots.Single());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("bot:s:{msteams/conversations/a:1}/users/29:x")]
    [InlineData("bot:lease:{webchat/conversations/Kx9q2%7Bx%7D}")]
    [InlineData("{}empty-tag-uses-the-whole-key")]
    [InlineData("a{b}{c}")]
    [InlineData("ünïcödé{tåg}")]
    public async Task HashSlot_IsTheSlotTheClusterComputes(string key)
    {
        var server = cluster.Connection.GetServer(cluster.Connection.GetEndPoints()[0]);
        Assert.Equal((long)await server.ExecuteAsync("CLUSTER", "KEYSLOT", key), RedisKeys.HashSlot(key));
    }

    [Fact]
    public async Task GatedTurns_RunOnTheCluster_WithUserStateSavedInItsOwnSlot()
    {
        await using var bot = await GatedPipeline.StartRedisAsync(cluster.ConnectionString, _prefix);
        Assert.True(((RedisStorage)bot.Storage).IsCluster);
        var visits = bot.UserState.CreateProperty<int>("visits");
        bot.DuringTurn = async ctx => await visits.SetAsync(ctx, await visits.GetAsync(ctx, () => 0) + 1);
        var conversation = $"conv-{Guid.NewGuid():N}";

        await bot.SendAsync(GatedPipeline.Message(conversation, "c1", "one"));
        await bot.SendAsync(GatedPipeline.Message(conversation, "c2", "two"));
        var duplicate = await bot.SendAsync(GatedPipeline.Message(conversation, "c2", "two", "expectReplies"));

        Assert.Equal(2, bot.BotRuns);
        Assert.Equal(["one", "two"], (await bot.ReadProgressAsync(conversation))!.Steps);
        var user = await bot.Storage.ReadAsync<StateDocument>(["test/users/user-1"]);
        Assert.Equal(2, user["test/users/user-1"].Values["visits"].GetInt32());
        Assert.Empty(duplicate.Replies);
    }

    [Fact]
    public async Task StorageWrite_AcrossSlots_IsSplitPerSlot_AndStillChecksETags()
    {
        var options = new RedisStorageOptions { KeyPrefix = _prefix };
        var storage = new RedisStorage(cluster.Connection, options);
        var conversation = $"test/conversations/{Guid.NewGuid():N}";
        var user = $"test/users/{Guid.NewGuid():N}";
        var first = new Note { Text = "c1" };
        await storage.WriteAsync(new Dictionary<string, object> { [conversation] = first, [user] = new Note { Text = "u1" } });
        Assert.True(storage.IsCluster);
        Assert.NotEqual(RedisKeys.HashSlot(storage.Keys.State(conversation)), RedisKeys.HashSlot(storage.Keys.State(user)));

        await storage.WriteAsync(new Dictionary<string, object> { [conversation] = new Note { Text = "c2" } });
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object> { [conversation] = new Note { Text = "stale", ETag = first.ETag } }));

        var read = await storage.ReadAsync<Note>([conversation, user]);
        Assert.Equal("c2", read[conversation].Text);
        Assert.Equal("u1", read[user].Text);
    }

    [Fact]
    public async Task AScriptSpanningSlots_IsRefusedByTheCluster()
    {
        // What the hash tags prevent: the same Lua write over a conversation key and a user key (two slots).
        var keys = new RedisKeys(_prefix);
        RedisKey[] spanning = [keys.State($"test/conversations/{Guid.NewGuid():N}"), keys.State($"test/users/{Guid.NewGuid():N}")];
        var e = await Assert.ThrowsAnyAsync<Exception>(() => cluster.Connection.GetDatabase().ScriptEvaluateAsync("return 1", spanning));
        Assert.True(e is RedisException, e.ToString());
    }
}
