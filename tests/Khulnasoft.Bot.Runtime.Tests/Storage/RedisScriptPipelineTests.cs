using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.TestSupport;
using StackExchange.Redis;
using StackExchange.Redis.Profiling;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

[Collection(RedisCollection.Name)]
public sealed class RedisScriptPipelineTests(RedisServer redis)
{
    private const string Append = "redis.call('RPUSH', KEYS[1], ARGV[1]); return redis.call('LLEN', KEYS[1])";
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
        var failing = pipeline.EvaluateAsync("return redis.error_reply('ERR refused by the test')", [_key], []);
        var after = pipeline.EvaluateAsync(Append, [_key], ["after"]);

        Assert.Equal(1, (int)await before);
        var error = await Assert.ThrowsAsync<RedisServerException>(() => failing);
        Assert.Contains("refused by the test", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (int)await after);
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
