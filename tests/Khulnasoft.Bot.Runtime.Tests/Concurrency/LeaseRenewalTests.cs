using Khulnasoft.Bot.Runtime.Concurrency;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

/// <summary>While a turn runs, the gate renews its lease every third of the lease duration, and stops when the turn ends or a renewal fails.</summary>
public sealed class LeaseRenewalTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingStore _store = new();
    private readonly RecordingAdapter _adapter = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LeaseRenewalTests()
    {
        var options = new RedisStorageOptions { LeaseDuration = TimeSpan.FromSeconds(30) };
        _adapter.Use(new TurnGateMiddleware(_store, [], options, _time, NullLogger<TurnGateMiddleware>.Instance));
    }

    private Task<TurnAnswer> StartLongTurn() =>
        _adapter.ProcessAsync(GatedPipeline.Message("conv", "a1", "hi"), async (_, _) =>
        {
            _started.SetResult();
            await _release.Task;
        });

    [Fact]
    public async Task LongTurn_RenewsEveryThirdOfTheLease_UntilItEnds()
    {
        var turn = StartLongTurn();
        await _started.Task;
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, _store.Renewals);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, _store.Renewals);
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, _store.Renewals);

        _release.SetResult();
        await turn;
        Assert.Equal(1, _store.Completions);
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(2, _store.Renewals);
    }

    [Fact]
    public async Task LostLease_StopsRenewing()
    {
        _store.RenewResult = false;
        var turn = StartLongTurn();
        await _started.Task;
        _time.Advance(TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, _store.Renewals);

        _release.SetResult();
        await turn;
    }

    [Fact]
    public async Task StoreWhoseLeasesDoNotExpire_IsNeverAskedToRenew()
    {
        var options = new RedisStorageOptions { LeaseDuration = TimeSpan.FromSeconds(3) };
        var time = new TimerCountingTimeProvider();
        var local = new LocalTurnGateStore(new MemoryStorage(), options, time);
        var adapter = new RecordingAdapter();
        adapter.Use(new TurnGateMiddleware(local, [], options, time, NullLogger<TurnGateMiddleware>.Instance));
        Assert.False(((ITurnGateStore)local).LeasesExpire);

        var turn = adapter.ProcessAsync(GatedPipeline.Message("conv", "a1", "hi"), async (_, _) =>
        {
            _started.SetResult();
            await _release.Task;
        });
        await _started.Task;
        Assert.Equal(0, time.TimersCreated);
        _release.SetResult();
        await turn;
    }

    /// <summary>The system clock, counting the timers created on it.</summary>
    private sealed class TimerCountingTimeProvider : TimeProvider
    {
        private int _timers;

        public int TimersCreated => _timers;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _timers);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }

    /// <summary>A store that always lets the turn in and counts renewals.</summary>
    private sealed class RecordingStore : ITurnGateStore
    {
        private int _renewals;
        private int _completions;

        public int Renewals => _renewals;

        public int Completions => _completions;

        public bool RenewResult { get; set; } = true;

        public Task<TurnGateEntry> TryEnterAsync(string conversationTag, string? activityId, IReadOnlyList<string> stateKeys, CancellationToken cancellationToken) =>
            Task.FromResult(TurnGateEntry.Entered(new TurnLease(conversationTag, activityId, "owner", 1), new Dictionary<string, object>()));

        public Task<bool> RenewAsync(TurnLease lease, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _renewals);
            return Task.FromResult(RenewResult);
        }

        public Task CompleteAsync(TurnLease lease, IReadOnlyList<(string Key, StateDocument Document)> changes, ProcessedTurn? processed, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _completions);
            return Task.CompletedTask;
        }

        public Task ReleaseAsync(TurnLease lease, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
