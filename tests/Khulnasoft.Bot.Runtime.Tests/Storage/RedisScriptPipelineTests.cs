using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.TestSupport;
using StackExchange.Redis;
using StackExchange.Redis.Profiling;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

[Collection(RedisCollection.Name)]
public sealed class RedisScriptPipelineTests(RedisServer redis)
{
    private static readonly RedisScript Append = new("redis.call('RPUSH', KEYS[1], ARGV[1]); return redis.call('LLEN', KEYS[1])");
    private readonly string _key = $"pipeline-{Guid.NewGuid():N}";

    [Fact]
    public async Task ScriptsQueuedInOneBurst_ShareOneFlush_EachWithItsOwnResultInOrder()
    {
        // The flush is held back until all 20 are queued, as the thread pool does while other turns' work runs first.
        var scheduled = new List<IThreadPoolWorkItem>();
        var pipeline = new RedisScriptPipeline(redis.Connection, scheduled.Add);

        var results = Enumerable.Range(1, 20).Select(i => pipeline.EvaluateAsync(Append, [_key], [$"s{i}"])).ToList();
        Assert.Single(scheduled);
        Assert.All(results, r => Assert.False(r.IsCompleted));
        scheduled[0].Execute();
        var lengths = await Task.WhenAll(results);

        Assert.Equal(Enumerable.Range(1, 20), lengths.Select(r => (int)r));
        Assert.Equal(1, pipeline.Flushes);
        var stored = await redis.Connection.GetDatabase().ListRangeAsync(_key);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"s{i}"), stored.Select(v => (string)v!));
    }

    [Fact]
    public async Task AScriptSentWithoutWaiting_RunsAfterEveryScriptQueuedBeforeIt()
    {
        var pipeline = new RedisScriptPipeline(redis.Connection);

        var first = pipeline.EvaluateAsync(Append, [_key], ["first"]);
        pipeline.Send(Append, [_key], ["sent"]);
        var last = pipeline.EvaluateAsync(Append, [_key], ["last"]);

        Assert.Equal(1, (int)await first);
        Assert.Equal(3, (int)await last);
        var stored = await redis.Connection.GetDatabase().ListRangeAsync(_key);
        Assert.Equal(["first", "sent", "last"], stored.Select(v => (string)v!));
    }

    [Fact]
    public async Task AFailingScript_FailsOnlyItsOwnCaller()
    {
        var pipeline = new RedisScriptPipeline(redis.Connection);

        var before = pipeline.EvaluateAsync(Append, [_key], ["before"]);
        var failing = pipeline.EvaluateAsync(new RedisScript("return redis.error_reply('ERR refused by the test')"), [_key], []);
        var after = pipeline.EvaluateAsync(Append, [_key], ["after"]);

        Assert.Equal(1, (int)await before);
        var error = await Assert.ThrowsAsync<RedisServerException>(() => failing);
        Assert.Contains("refused by the test", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (int)await after);
    }

    [Fact]
    public async Task AScriptSomeoneWaitsFor_GoesOutAsEvalsha_AndItsTextOnlyWhenRedisDoesNotHoldIt()
    {
        // A script Redis has never seen: the first call's EVALSHA is answered NOSCRIPT and the text follows (EVAL);
        // from then on only the hash crosses the wire.
        var script = new RedisScript($"-- {Guid.NewGuid():N}\n" + Append.Text);
        var pipeline = new RedisScriptPipeline(redis.Connection);
        await using var admin = await AdminConnectionAsync();
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        var before = await CommandCallsAsync(server);

        Assert.Equal(1, (int)await pipeline.EvaluateAsync(script, [_key], ["one"]));
        var afterFirst = await CommandCallsAsync(server);
        for (var i = 2; i <= 6; i++)
        {
            Assert.Equal(i, (int)await pipeline.EvaluateAsync(script, [_key], [$"n{i}"]));
        }

        var afterMore = await CommandCallsAsync(server);
        Assert.Equal(before.Eval + 1, afterFirst.Eval);
        Assert.Equal(afterFirst.Eval, afterMore.Eval);
        Assert.Equal(afterFirst.EvalSha + 5, afterMore.EvalSha);
    }

    [Fact]
    public async Task AfterRedisForgetsItsScripts_EachCallerStillGetsItsAnswer_InItsOwnContext()
    {
        await using var connection = await ProfiledConnectionAsync();
        var pipeline = new RedisScriptPipeline(connection);
        Assert.Equal(1, (int)await pipeline.EvaluateAsync(Append, [_key], ["cached"]));
        await using var admin = await AdminConnectionAsync();
        await admin.GetServer(admin.GetEndPoints()[0]).ScriptFlushAsync();

        ProfilingSession caller = new();
        AmbientSession.Value = caller;
        var answer = pipeline.EvaluateAsync(Append, [_key], ["after the flush"]);
        AmbientSession.Value = null;

        Assert.Equal(2, (int)await answer);
        Assert.Equal(3, (int)await pipeline.EvaluateAsync(Append, [_key], ["again"]));
        Assert.Equal(["cached", "after the flush", "again"], (await connection.GetDatabase().ListRangeAsync(_key)).Select(v => (string)v!));
        Assert.Equal(2, caller.FinishProfiling().Count()); // the EVALSHA answered NOSCRIPT, then the EVAL: both the caller's
    }

    private Task<ConnectionMultiplexer> AdminConnectionAsync() => ConnectionMultiplexer.ConnectAsync(redis.Connection.Configuration + ",allowAdmin=true");

    private static async Task<(long Eval, long EvalSha)> CommandCallsAsync(IServer server)
    {
        var stats = (await server.InfoAsync("commandstats")).SelectMany(g => g).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return (Calls("cmdstat_eval"), Calls("cmdstat_evalsha"));

        long Calls(string command) => stats.TryGetValue(command, out var line)
            ? long.Parse(line.Split(',')[0]["calls=".Length..], System.Globalization.CultureInfo.InvariantCulture)
            : 0;
    }

    [Fact]
    public async Task ScriptsQueuedAfterAFlush_GoInTheNextFlush()
    {
        var pipeline = new RedisScriptPipeline(redis.Connection);

        Assert.Equal(1, (int)await pipeline.EvaluateAsync(Append, [_key], ["one"]));
        Assert.Equal(2, (int)await pipeline.EvaluateAsync(Append, [_key], ["two"]));

        Assert.Equal(2, pipeline.Flushes);
    }

    [Fact]
    public async Task RedisUnreachable_TheCallerGetsTheConnectionError_InsteadOfWaiting()
    {
        var port = FreePort.Next();
        await using var unreachable = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=false,connectTimeout=500,asyncTimeout=1000");
        var pipeline = new RedisScriptPipeline(unreachable);

        var call = pipeline.EvaluateAsync(Append, [_key], ["lost"]);

        var error = await Assert.ThrowsAnyAsync<RedisException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(RedisStorage.IsUnavailable(error), error.ToString());
    }

    private static readonly AsyncLocal<ProfilingSession?> AmbientSession = new();

    /// <summary>A connection of its own whose profiler session is <see cref="AmbientSession"/>, as the tracing instrumentation's is the current span's.</summary>
    private async Task<ConnectionMultiplexer> ProfiledConnectionAsync()
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(redis.Connection.Configuration);
        connection.RegisterProfiler(() => AmbientSession.Value);
        return connection;
    }

    [Fact]
    public async Task EachScript_IsIssuedInItsCallersContext_NotTheFlushes()
    {
        // The tracing instrumentation profiles a command under the span that is current when the connection asks for
        // the ambient profiling session: that must be the turn's, although the flush issues the command later.
        await using var connection = await ProfiledConnectionAsync();
        var scheduled = new List<IThreadPoolWorkItem>();
        var pipeline = new RedisScriptPipeline(connection, scheduled.Add);
        ProfilingSession first = new(), second = new(), flush = new();

        AmbientSession.Value = first;
        var one = pipeline.EvaluateAsync(Append, [_key], ["one"]);
        AmbientSession.Value = second;
        var two = pipeline.EvaluateAsync(Append, [_key], ["two"]);
        pipeline.Send(Append, [_key], ["three"]);
        AmbientSession.Value = flush;
        scheduled.Single().Execute();
        Assert.Same(flush, AmbientSession.Value);
        await Task.WhenAll(one, two);
        AmbientSession.Value = null;
        Assert.Equal(3, await connection.GetDatabase().ListLengthAsync(_key)); // answered after the sent script, too

        Assert.Single(first.FinishProfiling());
        Assert.Equal(2, second.FinishProfiling().Count());
        Assert.Empty(flush.FinishProfiling());
    }

    [Fact]
    public async Task AScriptQueuedWithTheFlowSuppressed_IsIssuedInTheFlushesContext_NotThePreviousCallers()
    {
        await using var connection = await ProfiledConnectionAsync();
        var scheduled = new List<IThreadPoolWorkItem>();
        var pipeline = new RedisScriptPipeline(connection, scheduled.Add);
        ProfilingSession caller = new(), flush = new();

        AmbientSession.Value = caller;
        var traced = pipeline.EvaluateAsync(Append, [_key], ["traced"]);
        Task<RedisResult> untraced;
        using (ExecutionContext.SuppressFlow())
        {
            untraced = pipeline.EvaluateAsync(Append, [_key], ["untraced"]);
        }

        AmbientSession.Value = flush;
        scheduled.Single().Execute();
        await Task.WhenAll(traced, untraced);

        Assert.Single(caller.FinishProfiling());
        Assert.Single(flush.FinishProfiling());
    }
}
