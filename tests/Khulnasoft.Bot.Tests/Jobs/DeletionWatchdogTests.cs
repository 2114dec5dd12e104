using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Hangfire;
using Hangfire.InMemory;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>The watchdog with a fake clock: a month passes in a line, and the metric is read with a MeterListener.</summary>
public sealed class DeletionWatchdogTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStorage _jobStorage = new();
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _measurements = new();
    private readonly DeletionCaseStore _store;
    private readonly DeletionJobQueue _queue;
    private readonly DeletionScheduler _scheduler;
    private readonly DeletionWatchdogJob _watchdog;

    public DeletionWatchdogTests()
    {
        var options = Options.Create(new DeletionOptions());
        var meterFactory = _services.GetRequiredService<IMeterFactory>();
        var metrics = new DeletionMetrics(meterFactory);
        _store = new DeletionCaseStore(new MemoryStorage(), _clock, NullLogger<DeletionCaseStore>.Instance);
        _queue = new DeletionJobQueue(new BackgroundJobClient(_jobStorage), _jobStorage, _clock);
        var jobs = new CaseJobs(_store, _queue);
        _scheduler = new DeletionScheduler(_store, jobs, new EmailHasher(options), new CaseMilestones(_queue, metrics, options, _clock), options, _clock, NullLogger<DeletionScheduler>.Instance);
        _watchdog = new DeletionWatchdogJob(_store, _queue, jobs, options, metrics, _clock, NullLogger<DeletionWatchdogJob>.Instance);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            // Only this test's meter (its factory is the scope): hosts in parallel tests publish the same names.
            if (instrument.Meter.Name == DeletionMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _measurements.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        _listener.Start();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
        _jobStorage.Dispose();
    }

    [Fact]
    public async Task RunAsync_JobLostAndCaseNearTheResponseLimit_ReschedulesAndFlags()
    {
        var requested = await _scheduler.RequestAsync(new DeletionRequest("usr_1", ["acc_1"], null, null, "user:usr_1"), CancellationToken.None);
        _queue.Delete(requested.JobId);
        _clock.Advance(TimeSpan.FromDays(26));

        await _watchdog.RunAsync(CancellationToken.None);

        var current = await _store.GetAsync(requested.CaseId, CancellationToken.None);
        Assert.NotEqual(requested.JobId, current!.JobId);
        Assert.True(_queue.IsPending(current.JobId));
        Assert.Equal(1, _measurements.GetValueOrDefault("khulnasoft.deletion.watchdog.near_response_limit"));
        Assert.Equal(1, _measurements.GetValueOrDefault("khulnasoft.deletion.watchdog.rescheduled"));
        Assert.Contains(await _store.GetAuditAsync(requested.CaseId, CancellationToken.None), e => e.Action == "watchdog.rescheduled");
    }

    [Fact]
    public async Task RunAsync_AHealthyFreshCase_IsLeftAlone()
    {
        var requested = await _scheduler.RequestAsync(new DeletionRequest("usr_2", ["acc_2"], null, null, "user:usr_2"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(1));

        await _watchdog.RunAsync(CancellationToken.None);

        Assert.Equal(requested.JobId, (await _store.GetAsync(requested.CaseId, CancellationToken.None))!.JobId);
        Assert.Empty(_measurements);
    }

    [Fact]
    public async Task RunAsync_ACancelledCase_LeavesTheOpenIndex()
    {
        var requested = await _scheduler.RequestAsync(new DeletionRequest("usr_3", ["acc_3"], null, null, "user:usr_3"), CancellationToken.None);
        await _scheduler.CancelAsync(requested.CaseId, "user:usr_3", CancellationToken.None);

        await _watchdog.RunAsync(CancellationToken.None);

        Assert.DoesNotContain(requested.CaseId, await _store.ListOpenCaseIdsAsync(CancellationToken.None));
    }
}
