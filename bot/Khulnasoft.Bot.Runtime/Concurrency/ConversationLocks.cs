namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// One async lock per conversation within this instance, granted strictly in arrival order (FIFO). An entry lives
/// only while someone holds or waits for it, so idle conversations leave nothing behind.
/// </summary>
internal sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Number of conversations with a holder or waiters (for tests: proves entries don't leak).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public async Task<Holder> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        TaskCompletionSource? waiter = null;
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.Users++;
            if (entry.Held)
            {
                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                entry.Waiters.AddLast(waiter);
            }
            else
            {
                entry.Held = true;
            }
        }

        if (waiter is not null)
        {
            try
            {
                await waiter.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                lock (_lock)
                {
                    if (waiter.Task.IsCompletedSuccessfully)
                    {
                        // Granted just as we gave up: pass it on.
                        ReleaseLocked(key, entry);
                    }
                    else
                    {
                        entry.Waiters.Remove(waiter);
                        entry.Users--;
                    }
                }

                throw;
            }
        }

        return new Holder(this, key, entry);
    }

    private void Release(string key, Entry entry)
    {
        lock (_lock)
        {
            ReleaseLocked(key, entry);
        }
    }

    private void ReleaseLocked(string key, Entry entry)
    {
        entry.Users--;
        if (entry.Waiters.First is { } next)
        {
            entry.Waiters.RemoveFirst();
            next.Value.SetResult();
            return;
        }

        entry.Held = false;
        if (entry.Users == 0)
        {
            _entries.Remove(key);
        }
    }

    /// <summary>Dispose to release the conversation to the next waiter.</summary>
    internal sealed class Holder(ConversationLocks owner, string key, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(key, entry);
            }
        }
    }

    internal sealed class Entry
    {
        public bool Held { get; set; }

        public int Users { get; set; }

        public LinkedList<TaskCompletionSource> Waiters { get; } = new();
    }
}
