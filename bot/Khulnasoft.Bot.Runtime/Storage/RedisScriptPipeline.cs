using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// Sends the turn gate's scripts of concurrent turns together. A script is queued, and one flush per burst (a work
/// item at the end of the thread pool's global queue) issues everything queued by then back to back. The connection's
/// writer sends what was written before it runs in one socket write, and Redis answers them in one write too, so a
/// burst costs one send and one wake-up for its replies instead of one per script (docs/benchmarks.md has the
/// numbers). With one turn at a time the flush runs right away (one thread-pool hop); under load, the turns that run
/// before the flush share it. Each script is issued in its caller's execution context, so the turn's trace still shows
/// its Redis calls under the turn's span. Scripts keep their order (a release queued after a script runs after it), and
/// each keeps its own result, error and round trip: nothing about a turn's guarantees changes, only how many syscalls
/// and wake-ups its calls cost. A script goes out with its text (<c>EVAL</c>) the first time on a connection, and then as
/// <c>EVALSHA</c> with its precomputed hash. If Redis forgot it all the same (<c>SCRIPT FLUSH</c> on a live connection:
/// <c>NOSCRIPT</c>, so it did not run), it is sent once more with its text, in its caller's context; that second send
/// comes after whatever was queued meanwhile (for the turn gate, a lease release of an abandoned attempt, which the
/// next turn's takeover covers). Scripts nobody waits for always go as text.
/// </summary>
internal sealed class RedisScriptPipeline : IThreadPoolWorkItem
{
    private readonly IConnectionMultiplexer _connection;
    private readonly Action<IThreadPoolWorkItem> _scheduleFlush;

    private readonly ConcurrentQueue<QueuedScript> _queue = new();

    // One flush at a time: two flushes draining the queue together could hand their scripts to the connection in
    // the other order (a release before the script it follows).
    private readonly Lock _flushing = new();
    private int _flushScheduled;
    private long _flushes;

    // Which scripts went out as text on the current connection (the connection's generation when they did). Read and
    // written under _flushing; a restored connection may be a restarted Redis, so it starts a new generation.
    private readonly Dictionary<RedisScript, int> _sentAsText = [];
    private int _generation;

    public RedisScriptPipeline(IConnectionMultiplexer connection, Action<IThreadPoolWorkItem> scheduleFlush)
    {
        _connection = connection;
        _scheduleFlush = scheduleFlush;
        connection.ConnectionRestored += OnConnectionRestored;
    }

    public RedisScriptPipeline(IConnectionMultiplexer connection)
        : this(connection, static flush => ThreadPool.UnsafeQueueUserWorkItem(flush, preferLocal: false))
    {
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => Interlocked.Increment(ref _generation);

    /// <summary>Flushes that issued at least one script (for tests and diagnostics).</summary>
    internal long Flushes => Interlocked.Read(ref _flushes);

    /// <summary>Queues a script; the task completes with its result (or its error) once Redis has answered it.</summary>
    public Task<RedisResult> EvaluateAsync(RedisScript script, RedisKey[] keys, RedisValue[] values)
    {
        var queued = new QueuedScript(script, keys, values, CommandFlags.None);
        Enqueue(queued);
        return queued.Result!.Task;
    }

    /// <summary>Queues a script nobody waits for (behind every script queued before it).</summary>
    public void Send(RedisScript script, RedisKey[] keys, RedisValue[] values) =>
        Enqueue(new QueuedScript(script, keys, values, CommandFlags.FireAndForget));

    private void Enqueue(QueuedScript queued)
    {
        _queue.Enqueue(queued);
        if (Interlocked.Exchange(ref _flushScheduled, 1) == 0)
        {
            _scheduleFlush(this);
        }
    }

    void IThreadPoolWorkItem.Execute() => Flush();

    /// <summary>Issues everything queued so far, in order.</summary>
    internal void Flush()
    {
        lock (_flushing)
        {
            // Cleared before draining: a script queued from here on schedules the next flush (or is taken by this one).
            Volatile.Write(ref _flushScheduled, 0);
            if (_queue.IsEmpty)
            {
                return;
            }

            IDatabase database;
            try
            {
                database = _connection.GetDatabase();
            }
            catch (Exception e)
            {
                FailAll(e);
                return;
            }

            Interlocked.Increment(ref _flushes);
            var generation = Volatile.Read(ref _generation);
            var flushContext = ExecutionContext.Capture();
            try
            {
                while (_queue.TryDequeue(out var queued))
                {
                    // Each command is issued in its caller's context, so whatever the connection asks of the ambient
                    // context (the tracing profiler asks for the current span) is the caller's, not this flush's.
                    // A caller that suppressed the flow gets the flush's own context, not the previous caller's.
                    if ((queued.Context ?? flushContext) is { } context)
                    {
                        ExecutionContext.Restore(context);
                    }

                    try
                    {
                        if (queued.Result is { } result && _sentAsText.TryGetValue(queued.Script, out var sent) && sent == generation)
                        {
                            result.Follow(database.ScriptEvaluateAsync(queued.Script.Hash, queued.Keys, queued.Values, queued.Flags), database, queued);
                        }
                        else
                        {
                            var task = database.ScriptEvaluateAsync(queued.Script.Text, queued.Keys, queued.Values, queued.Flags);
                            _sentAsText[queued.Script] = generation;
                            queued.Result?.Follow(task, database, null);
                        }
                    }
                    catch (Exception e)
                    {
                        queued.Result?.TrySetException(e);
                    }
                }
            }
            finally
            {
                if (flushContext is not null)
                {
                    ExecutionContext.Restore(flushContext);
                }
            }
        }
    }

    private void FailAll(Exception e)
    {
        while (_queue.TryDequeue(out var queued))
        {
            queued.Result?.TrySetException(e);
        }
    }

    private sealed class QueuedScript(RedisScript script, RedisKey[] keys, RedisValue[] values, CommandFlags flags)
    {
        public RedisScript Script { get; } = script;

        public RedisKey[] Keys { get; } = keys;

        public RedisValue[] Values { get; } = values;

        public CommandFlags Flags { get; } = flags;

        public ExecutionContext? Context { get; } = ExecutionContext.Capture();

        public ScriptResult? Result { get; } = flags.HasFlag(CommandFlags.FireAndForget) ? null : new ScriptResult();
    }

    /// <summary>
    /// The caller's task: completed from the connection's task, on the thread that completes that one. An
    /// <c>EVALSHA</c> answered NOSCRIPT is sent once more as <c>EVAL</c> (the continuation runs in the context the flush
    /// restored for the caller, so the retry is traced under the caller too).
    /// </summary>
    private sealed class ScriptResult() : TaskCompletionSource<RedisResult>(TaskCreationOptions.None)
    {
        private IDatabase? _database;
        private QueuedScript? _retry;

        public void Follow(Task<RedisResult> task, IDatabase database, QueuedScript? retryAsText)
        {
            _database = database;
            _retry = retryAsText;
            Follow(task);
        }

        private void Follow(Task<RedisResult> task)
        {
            if (task.IsCompleted)
            {
                Complete(task);
                return;
            }

            task.ContinueWith(static (t, state) => ((ScriptResult)state!).Complete(t), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        private void Complete(Task<RedisResult> task)
        {
            if (_retry is { } retry && task.IsFaulted && RedisScript.IsNotCached(task.Exception!.InnerException))
            {
                _retry = null;
                try
                {
                    Follow(_database!.ScriptEvaluateAsync(retry.Script.Text, retry.Keys, retry.Values, retry.Flags));
                }
                catch (Exception e)
                {
                    TrySetException(e);
                }

                return;
            }

            if (task.IsCompletedSuccessfully)
            {
                TrySetResult(task.Result);
            }
            else if (task.IsCanceled)
            {
                TrySetCanceled();
            }
            else
            {
                TrySetException(task.Exception!.InnerExceptions);
            }
        }
    }
}
