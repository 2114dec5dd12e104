using Khulnasoft.Bot.Runtime.Concurrency;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.TestSupport;
using StackExchange.Redis;
using StackExchange.Redis.Profiling;

namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

[Collection(RedisCollection.Name)]
public sealed class RedisTurnGateTests(RedisServer redis) : TurnGateContractTests
{
    private readonly string _prefix = $"gate-{Guid.NewGuid():N}:";

    protected override Task<GatedPipeline> CreatePipelineAsync() => GatedPipeline.StartRedisAsync(redis, _prefix);

    [Fact]
    public async Task TwoHostsSharingRedis_InterleavedTurnsOfOneConversation_EachRunsOnceInOrderAndNoUpdateIsLost()
    {
        await using var hostA = await GatedPipeline.StartRedisAsync(redis, _prefix);
        await using var hostB = await GatedPipeline.StartRedisAsync(redis, _prefix);
        var conversation = NewConversation();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var turns = Enumerable.Range(0, 20).Select(async i =>
        {
            await start.Task;
            var host = i % 2 == 0 ? hostA : hostB;
            return await host.SendAsync(GatedPipeline.Message(conversation, $"m{i}", $"m{i}"));
        }).ToList();
        start.SetResult();
        await Task.WhenAll(turns);

        Assert.Equal(20, hostA.BotRuns + hostB.BotRuns);
        var progress = await hostA.ReadProgressAsync(conversation);
        Assert.Equal(20, progress!.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"m{i}").Order(), progress.Steps.Order());
        Assert.Equal(20, progress.Steps.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"turn {i}"), hostA.Adapter.Sent.Concat(hostB.Adapter.Sent).Select(a => a.Text).Order(StringComparer.Ordinal).OrderBy(t => t!.Length));
        Assert.Equal(0, hostA.Gate.ActiveConversations);
        Assert.Equal(0, hostB.Gate.ActiveConversations);
    }

    [Fact]
    public async Task TwoHostsSharingRedis_EachHostKeepsItsArrivalOrder()
    {
        await using var hostA = await GatedPipeline.StartRedisAsync(redis, _prefix);
        await using var hostB = await GatedPipeline.StartRedisAsync(redis, _prefix);
        var conversation = NewConversation();

        // Started synchronously in this order, so each host's arrival order is a0..a9 and b0..b9.
        var turns = Enumerable.Range(0, 10).SelectMany(i => new[]
        {
            hostA.SendAsync(GatedPipeline.Message(conversation, $"a{i}", $"a{i}")),
            hostB.SendAsync(GatedPipeline.Message(conversation, $"b{i}", $"b{i}")),
        }).ToList();
        await Task.WhenAll(turns);

        var steps = (await hostA.ReadProgressAsync(conversation))!.Steps;
        Assert.Equal(20, steps.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"a{i}"), steps.Where(s => s[0] == 'a'));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"b{i}"), steps.Where(s => s[0] == 'b'));
    }

    [Fact]
    public async Task DuplicateOnAnotherHost_WhileTheOriginalRuns_WaitsAndGetsTheSameAnswer()
    {
        await using var hostA = await GatedPipeline.StartRedisAsync(redis, _prefix);
        await using var hostB = await GatedPipeline.StartRedisAsync(redis, _prefix);
        var conversation = NewConversation();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hostA.DuringTurn = async _ =>
        {
            entered.TrySetResult();
            await release.Task;
        };

        var original = hostA.SendAsync(GatedPipeline.Invoke(conversation, "i1", "adaptiveCard/action"));
        await entered.Task;
        var duplicate = hostB.SendAsync(GatedPipeline.Invoke(conversation, "i1", "adaptiveCard/action"));
        release.SetResult();
        var answers = await Task.WhenAll(original, duplicate);

        Assert.Equal(1, hostA.BotRuns);
        Assert.Equal(0, hostB.BotRuns);
        Assert.All(answers, a => Assert.Equal(1, (int)a.InvokeResponse!.Body!["count"]!));
    }

    [Fact]
    public async Task StateWrittenByOneHost_IsReadByAFreshlyStartedHost()
    {
        var conversation = NewConversation();
        await using (var before = await GatedPipeline.StartRedisAsync(redis, _prefix))
        {
            await before.SendAsync(GatedPipeline.Message(conversation, "r1", "one"));
            await before.SendAsync(GatedPipeline.Message(conversation, "r2", "two"));
        }

        await using var after = await GatedPipeline.StartRedisAsync(redis, _prefix);
        await after.SendAsync(GatedPipeline.Message(conversation, "r2", "two"));
        await after.SendAsync(GatedPipeline.Message(conversation, "r3", "three"));

        Assert.Equal(1, after.BotRuns);
        var progress = await after.ReadProgressAsync(conversation);
        Assert.Equal(["one", "two", "three"], progress!.Steps);
    }

    [Fact]
    public async Task Turn_CostsTwoRedisRoundTrips()
    {
        await using var bot = await GatedPipeline.StartRedisAsync(redis, _prefix);
        var conversation = NewConversation();
        await bot.SendAsync(GatedPipeline.Message(conversation, "w1", "warm-up"));

        var session = new ProfilingSession();
        bot.Connection!.RegisterProfiler(() => session);
        await bot.SendAsync(GatedPipeline.Message(conversation, "w2", "measured"));
        await bot.SendAsync(GatedPipeline.Message(conversation, "w2", "measured"));
        var commands = session.FinishProfiling()
            .Where(c => c.Command is not ("PING" or "ECHO" or "INFO" or "CLUSTER" or "CONFIG" or "SUBSCRIBE" or "CLIENT"))
            .Select(c => c.Command)
            .ToList();

        // A turn: one script to enter (dedup check + lease + load), one to complete (save + mark + release).
        // The duplicate: one script (answered from the processed marker). Three in total.
        Assert.Equal(3, commands.Count);
        Assert.All(commands, c => Assert.StartsWith("EVAL", c, StringComparison.Ordinal));
        Assert.Equal(2, (await bot.ReadProgressAsync(conversation))!.Count);
    }

    [Fact]
    public async Task StaleLeaseHolder_CannotSave_ItsFencingTokenIsRefused()
    {
        var options = new RedisStorageOptions { KeyPrefix = _prefix };
        var storage = new RedisStorage(redis.Connection, options);
        var store = new RedisTurnGateStore(redis.Connection, storage, options);
        var tag = RedisKeys.ConversationTag("test", NewConversation());
        var key = tag;

        var stale = await store.TryEnterAsync(tag, "x1", [key], CancellationToken.None);
        Assert.Equal(TurnGateStatus.Entered, stale.Status);
        Assert.Equal(TurnGateStatus.Busy, (await store.TryEnterAsync(tag, "x2", [key], CancellationToken.None)).Status);

        // The stale holder's lease expires (a long GC pause, a partition): simulate the expiry.
        await redis.Connection.GetDatabase().KeyDeleteAsync(storage.Keys.Lease(tag));
        var current = await store.TryEnterAsync(tag, "x2", [key], CancellationToken.None);
        Assert.Equal(TurnGateStatus.Entered, current.Status);
        Assert.True(current.Lease!.Fence > stale.Lease!.Fence);

        var staleDocument = new StateDocument();
        staleDocument.Values["who"] = System.Text.Json.JsonSerializer.SerializeToElement("stale");
        await Assert.ThrowsAsync<TurnLeaseLostException>(() => store.CompleteAsync(stale.Lease, [(key, staleDocument)], new ProcessedTurn(), CancellationToken.None));
        Assert.False(await store.RenewAsync(stale.Lease, CancellationToken.None));
        Assert.Empty(await storage.ReadAsync([key]));

        var document = new StateDocument();
        document.Values["who"] = System.Text.Json.JsonSerializer.SerializeToElement("current");
        await store.CompleteAsync(current.Lease, [(key, document)], new ProcessedTurn(), CancellationToken.None);
        Assert.Equal("current", (await storage.ReadAsync<StateDocument>([key]))[key].Values["who"].GetString());

        // x1 was never recorded as processed (its save was refused), x2 was.
        Assert.Equal(TurnGateStatus.Entered, (await store.TryEnterAsync(tag, "x1", [key], CancellationToken.None)).Status);
        Assert.Equal(TurnGateStatus.Duplicate, (await store.TryEnterAsync(tag, "x2", [key], CancellationToken.None)).Status);
    }

    [Fact]
    public async Task HostKeepingAConversationsState_SeesWhatAnotherHostWroteInBetween()
    {
        await using var hostA = await GatedPipeline.StartRedisAsync(redis, _prefix);
        await using var hostB = await GatedPipeline.StartRedisAsync(redis, _prefix);
        var conversation = NewConversation();
        var seenByA = new List<Progress>();
        hostA.DuringTurn = async ctx => seenByA.Add((await hostA.Progress.GetAsync(ctx, () => new Progress()))!);

        await hostA.SendAsync(GatedPipeline.Message(conversation, "h1", "a1"));
        await hostA.SendAsync(GatedPipeline.Message(conversation, "h2", "a2"));
        Assert.Same(seenByA[0], seenByA[1]);
        await hostB.SendAsync(GatedPipeline.Message(conversation, "h3", "b3"));
        await hostA.SendAsync(GatedPipeline.Message(conversation, "h4", "a4"));

        Assert.NotSame(seenByA[1], seenByA[2]);
        Assert.Equal(["a1", "a2", "b3", "a4"], seenByA[2].Steps);
        var progress = await hostB.ReadProgressAsync(conversation);
        Assert.Equal(4, progress!.Count);
        Assert.Equal(["a1", "a2", "b3", "a4"], progress.Steps);
        Assert.Equal(["turn 1", "turn 2", "turn 4"], hostA.Adapter.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task Enter_WithTheStoredETag_DoesNotSendTheState_AndWithAnOlderOne_SendsIt()
    {
        var options = new RedisStorageOptions { KeyPrefix = _prefix };
        var storage = new RedisStorage(redis.Connection, options);
        var store = new RedisTurnGateStore(redis.Connection, storage, options);
        var tag = RedisKeys.ConversationTag("test", NewConversation());
        var key = tag;
        var first = await store.TryEnterAsync(tag, "u1", [key], CancellationToken.None);
        var document = new StateDocument();
        document.Values["n"] = System.Text.Json.JsonSerializer.SerializeToElement(1);
        await store.CompleteAsync(first.Lease!, [(key, document)], new ProcessedTurn(), CancellationToken.None);
        var current = document.ETag!;

        var unchanged = await store.TryEnterAsync(tag, "u2", [key], [current], CancellationToken.None);
        Assert.Equal(TurnGateStatus.Entered, unchanged.Status);
        Assert.Same(TurnGateEntry.Unchanged, unchanged.States[key]);
        await store.ReleaseAsync(unchanged.Lease!, CancellationToken.None);

        var stale = await store.TryEnterAsync(tag, "u3", [key], ["an-older-etag"], CancellationToken.None);
        var element = Assert.IsType<System.Text.Json.JsonElement>(stale.States[key]);
        Assert.Equal(1, element.GetProperty("n").GetInt32());
        Assert.Equal(current, element.GetProperty("eTag").GetString());
        await store.ReleaseAsync(stale.Lease!, CancellationToken.None);

        var none = await store.TryEnterAsync(tag, "u4", [key], [null], CancellationToken.None);
        Assert.IsType<System.Text.Json.JsonElement>(none.States[key]);
    }

    [Fact]
    public async Task Enter_TakesOverALeaseHeldByAnAttemptThisInstanceAbandoned_ButNeverAnotherHoldersLease()
    {
        var options = new RedisStorageOptions { KeyPrefix = _prefix };
        var storage = new RedisStorage(redis.Connection, options);
        var store = new RedisTurnGateStore(redis.Connection, storage, options);
        var db = redis.Connection.GetDatabase();
        var tag = RedisKeys.ConversationTag("test", NewConversation());
        var lease = storage.Keys.Lease(tag);

        // Another instance's turn holds the lease.
        await db.HashSetAsync(lease, [new HashEntry("o", "another-instance"), new HashEntry("f", 7)]);
        await db.KeyExpireAsync(lease, TimeSpan.FromMinutes(10));
        store.Abandoned.Add(tag, "abandoned-attempt");
        Assert.Equal(TurnGateStatus.Busy, (await store.TryEnterAsync(tag, "t1", [tag], CancellationToken.None)).Status);

        // The lease is held by the attempt this instance gave up on (its Enter ran after Redis resumed).
        await db.HashSetAsync(lease, [new HashEntry("o", "abandoned-attempt"), new HashEntry("f", 8)]);
        var entry = await store.TryEnterAsync(tag, "t1", [tag], CancellationToken.None);

        Assert.Equal(TurnGateStatus.Entered, entry.Status);
        Assert.Equal(entry.Lease!.Owner, (string?)await db.HashGetAsync(lease, "o"));
        Assert.Null(store.Abandoned.OwnerOf(tag));
        await store.CompleteAsync(entry.Lease, [], new ProcessedTurn(), CancellationToken.None);
        Assert.False(await db.KeyExistsAsync(lease));
    }

    [Fact]
    public async Task EnterOfARequestAlreadyAborted_SendsNothing_AndLeavesNoAttemptInDoubt()
    {
        var (options, storage, tag) = LongLeases();
        var store = new RedisTurnGateStore(redis.Connection, storage, options);
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.TryEnterAsync(tag, "a1", [tag], aborted.Token));

        // Nothing went to Redis, so there is no attempt whose outcome this instance does not know, and no lease.
        Assert.Null(store.Abandoned.OwnerOf(tag));
        Assert.False(await store.RenewAsync(new TurnLease(RedisKeys.ConversationTag("test", NewConversation()), null, "nobody", 1), CancellationToken.None));
        Assert.False(await redis.Connection.GetDatabase().KeyExistsAsync(storage.Keys.Lease(tag)));
    }

    [Fact]
    public async Task EnterGivenUpOnJustAsRedisAnswered_EndsInACancellation_AndItsLeaseIsReleased()
    {
        var (options, storage, tag) = LongLeases();
        using var aborted = new CancellationTokenSource();

        // The flush runs on the caller's thread and returns once Redis has answered and the request was aborted: the
        // caller finds the answer already in (a completed task ignores a token) and its token cancelled.
        var store = new RedisTurnGateStore(redis.Connection, storage, options)
        {
            Pipeline = new RedisScriptPipeline(redis.Connection, flush =>
            {
                flush.Execute();
                redis.Connection.GetDatabase().Ping();
                Thread.Sleep(200);
                aborted.Cancel();
            }),
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.TryEnterAsync(tag, "a1", [tag], aborted.Token));

        // The release went through the same synchronous flush, so Redis has run it by now.
        Assert.NotNull(store.Abandoned.OwnerOf(tag));
        Assert.False(await redis.Connection.GetDatabase().KeyExistsAsync(storage.Keys.Lease(tag)));
    }

    [Fact]
    public async Task EnterGivenUpOnByTheCallerWhileRedisHoldsIt_ItsLeaseIsReleasedRightAfterTheScriptRuns()
    {
        var (options, storage, tag) = LongLeases();
        var store = new RedisTurnGateStore(redis.Connection, storage, options);
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{redis.ConnectionString},allowAdmin=true");
        using var aborted = new CancellationTokenSource();

        // Redis holds every script for a while (as a stalled Redis would), and the request is aborted meanwhile: the
        // caller gets its cancellation at once, and the script still runs (taking the lease) once Redis resumes.
        var server = admin.GetServers()[0];
        await server.ExecuteAsync("CLIENT", "PAUSE", "10000", "WRITE");
        try
        {
            var entering = store.TryEnterAsync(tag, "a1", [tag], aborted.Token);
            await aborted.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => entering);
            Assert.NotNull(store.Abandoned.OwnerOf(tag));
        }
        finally
        {
            await server.ExecuteAsync("CLIENT", "UNPAUSE");
        }

        // Another instance (which knows nothing of that attempt) gets the conversation at once: the release queued
        // behind the script ran right after it. (The other instance's scripts go out through its own pipeline, which
        // may flush before the first one's; a renew queued behind the release shows that the release has run.)
        Assert.False(await store.RenewAsync(new TurnLease(RedisKeys.ConversationTag("test", NewConversation()), null, "nobody", 1), CancellationToken.None));
        var other = new RedisTurnGateStore(redis.Connection, storage, options);
        var entry = await other.TryEnterAsync(tag, "a1", [tag], CancellationToken.None);
        Assert.Equal(TurnGateStatus.Entered, entry.Status);
        await other.ReleaseAsync(entry.Lease!, CancellationToken.None);
    }

    /// <summary>Storage whose leases outlive the test (nothing expires while it runs), and a new conversation's tag.</summary>
    private (RedisStorageOptions Options, RedisStorage Storage, string Tag) LongLeases()
    {
        var options = new RedisStorageOptions { KeyPrefix = _prefix, LeaseDuration = TimeSpan.FromMinutes(10) };
        return (options, new RedisStorage(redis.Connection, options), RedisKeys.ConversationTag("test", NewConversation()));
    }
}
