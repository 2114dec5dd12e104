using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// Sends the turn gate's scripts of concurrent turns together. A script is queued, and one flush per burst (a work
/// item at the end of the thread pool's global queue) writes everything queued by then as one batch: one socket write
/// and, since Redis answers a pipelined batch in one write too, one wake-up for all of their replies. With one turn at
/// a time the flush runs right away (one thread-pool hop); under load, the turns that run before the flush share it.
/// Scripts keep their order (a release queued after a script runs after it), and each keeps its own result, error and
/// round trip: nothing about a turn's guarantees changes, only how many syscalls and wake-ups its calls cost.
/// </summary>
internal sealed class RedisScriptPipeline(IConnectionMultiplexer connection, Action<IThreadPoolWorkItem> scheduleFlush) : IThreadPoolWorkItem
{
    public RedisScriptPipeline(IConnectionMultiplexer connection)
        : this(connection, static flush => ThreadPool.UnsafeQueueUserWorkItem(flush, preferLocal: false))
    {
    }

    private readonly ConcurrentQueue<QueuedScript> _queue = new();
    private int _flushScheduled;
    private long _batches;

    /// <summary>Batches written so far (for tests and diagnostics).</summary>
    internal long Batches => Interlocked.Read(ref _batches);

    /// <summary>Queues a script; the task completes with its result (or its error) once Redis has answered it.</summary>
    public Task<RedisResult> EvaluateAsync(string script, RedisKey[] keys, RedisValue[] values)
    {
        var queued = new QueuedScript(script, keys, values, CommandFlags.None);
        Enqueue(queued);
        return queued.Result!.Task;
    }

    /// <summary>Queues a script nobody waits for (behind every script queued before it).</summary>
    public void Send(string script, RedisKey[] keys, RedisValue[] values) =>
        Enqueue(new QueuedScript(script, keys, values, CommandFlags.FireAndForget));

    private void Enqueue(QueuedScript queued)
    {
        _queue.Enqueue(queued);
        if (Interlocked.Exchange(ref _flushScheduled, 1) == 0)
        {
            scheduleFlush(this);
        }
    }

    void IThreadPoolWorkItem.Execute() => Flush();

    /// <summary>Writes everything queued so far as one batch.</summary>
    internal void Flush()
    {
        // Cleared before draining: a script queued from here on schedules the next flush (or is taken by this one).
        Volatile.Write(ref _flushScheduled, 0);
        if (_queue.IsEmpty)
        {
            return;
        }

        IBatch batch;
        try
        {
            batch = connection.GetDatabase().CreateBatch();
        }
        catch (Exception e)
        {
            FailAll(e);
            return;
        }

        Interlocked.Increment(ref _batches);
        var waiting = new List<ScriptResult>();
        while (_queue.TryDequeue(out var queued))
        {
            try
            {
                var task = batch.ScriptEvaluateAsync(queued.Script, queued.Keys, queued.Values, queued.Flags);
                if (queued.Result is { } result)
                {
                    result.Follow(task);
                    waiting.Add(result);
                }
            }
            catch (Exception e)
            {
                queued.Result?.TrySetException(e);
            }
        }

        try
        {
            batch.Execute();
        }
        catch (Exception e)
        {
            // The batch did not go out whole: its callers get the error instead of waiting for answers that may never come.
            foreach (var result in waiting)
            {
                result.TrySetException(e);
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

    private sealed class QueuedScript(string script, RedisKey[] keys, RedisValue[] values, CommandFlags flags)
    {
        public string Script { get; } = script;

        public RedisKey[] Keys { get; } = keys;

        public RedisValue[] Values { get; } = values;

        public CommandFlags Flags { get; } = flags;

        public ScriptResult? Result { get; } = flags.HasFlag(CommandFlags.FireAndForget) ? null : new ScriptResult();
    }

    /// <summary>The caller's task: completed from the batch's own task, on the thread that completes that one.</summary>
    private sealed class ScriptResult() : TaskCompletionSource<RedisResult>(TaskCreationOptions.None)
    {
        public void Follow(Task<RedisResult> task)
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
