using System.Collections.Concurrent;

namespace Khulnasoft.Bot.FaultTests.Results;

/// <summary>What a load saw, counted thread-safely: accepted turns, 503s (retried), other 5xx, refused connections, wrong replies.</summary>
public sealed class FaultCounters
{
    private int _turns;
    private int _unavailable;
    private int _connectionFailures;

    public int Turns => Volatile.Read(ref _turns);

    /// <summary>503 answers (with Retry-After) that the client delivered again.</summary>
    public int Retried => Volatile.Read(ref _unavailable);

    public int ConnectionFailures => Volatile.Read(ref _connectionFailures);

    /// <summary>Answers with a 5xx other than the bot's deliberate 503 (never expected).</summary>
    public ConcurrentQueue<string> ServerErrors { get; } = new();

    /// <summary>Turns whose replies were not the ones their step must give: a lost, repeated or reordered turn.</summary>
    public ConcurrentQueue<string> WrongReplies { get; } = new();

    /// <summary>Replies a turn gave beyond the one it must give.</summary>
    public ConcurrentQueue<string> Duplicates { get; } = new();

    public void Duplicate(string what) => Duplicates.Enqueue(what);

    /// <summary>Replies that appeared before their message or after the next one.</summary>
    public ConcurrentQueue<string> OutOfOrder { get; } = new();

    public void Reordered(string what) => OutOfOrder.Enqueue(what);

    public void Turn() => Interlocked.Increment(ref _turns);

    public void Retry() => Interlocked.Increment(ref _unavailable);

    public void ConnectionFailure() => Interlocked.Increment(ref _connectionFailures);

    public void ServerError(string what) => ServerErrors.Enqueue(what);

    public void WrongReply(string what) => WrongReplies.Enqueue(what);
}
