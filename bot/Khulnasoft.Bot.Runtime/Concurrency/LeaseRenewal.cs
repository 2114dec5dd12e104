using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// Keeps a turn's lease alive: every <c>interval</c> a timer renews it (one renewal at a time) until the turn ends or a
/// renewal fails. A turn shorter than the interval costs one timer and no renewal. Dispose at the end of the turn: it
/// stops the timer and waits for a renewal in flight.
/// </summary>
internal sealed class LeaseRenewal : IAsyncDisposable
{
    private readonly ITurnGateStore _store;
    private readonly TurnLease _lease;
    private readonly ILogger _logger;
    private readonly CancellationToken _cancellationToken;
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private Task _pending = Task.CompletedTask;
    private bool _stopped;

    public LeaseRenewal(ITurnGateStore store, TurnLease lease, TimeSpan interval, TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        _store = store;
        _lease = lease;
        _logger = logger;
        _cancellationToken = cancellationToken;
        _timer = timeProvider.CreateTimer(static state => ((LeaseRenewal)state!).Tick(), this, interval, interval);
    }

    public async ValueTask DisposeAsync()
    {
        Task pending;
        lock (_lock)
        {
            _stopped = true;
            pending = _pending;
        }

        await _timer.DisposeAsync().ConfigureAwait(false);
        await pending.ConfigureAwait(false);
    }

    private void Tick()
    {
        lock (_lock)
        {
            if (_stopped || !_pending.IsCompleted)
            {
                return;
            }

            _pending = RenewAsync();
        }
    }

    private async Task RenewAsync()
    {
        try
        {
            if (!await _store.RenewAsync(_lease, _cancellationToken).ConfigureAwait(false))
            {
                TurnGateLog.LeaseLost(_logger, _lease.Fence);
                Stop();
            }
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            // The request was aborted; the turn ends on its own.
            Stop();
        }
        catch (StorageUnavailableException e)
        {
            TurnGateLog.RenewFailed(_logger, _lease.Fence, e);
            Stop();
        }
    }

    private void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
        }
    }
}
