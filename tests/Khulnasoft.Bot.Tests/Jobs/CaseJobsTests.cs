using Hangfire;
using Hangfire.InMemory;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// <see cref="CaseJobs"/>, the one place a case gets its next job: scheduled first, recorded on the case in the write
/// that needs it, deleted again when the case moved on. Hangfire's in-memory storage and the runtime's memory storage.
/// </summary>
public sealed class CaseJobsTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStorage _jobStorage = new();
    private readonly DeletionCaseStore _store;
    private readonly CaseJobs _jobs;

    public CaseJobsTests()
    {
        _store = new DeletionCaseStore(new MemoryStorage(), _clock, NullLogger<DeletionCaseStore>.Instance);
        _jobs = new CaseJobs(_store, new DeletionJobQueue(new BackgroundJobClient(_jobStorage), _jobStorage, _clock));
    }

    public void Dispose() => _jobStorage.Dispose();

    [Fact]
    public async Task ScheduleAsync_TheChangeApplies_TheJobIdAndTheChangesAreOneWrite()
    {
        var deletionCase = await CreateAsync(DeletionCaseState.Scheduled);

        var updated = await _jobs.ScheduleAsync(deletionCase.CaseId, "test", LifecycleJob.Deletion, _clock.GetUtcNow().AddDays(1),
            (c, jobId) => [new CaseChange("test.changed"), CaseJobs.Scheduled(jobId)], CancellationToken.None);

        Assert.NotNull(updated!.JobId);
        Assert.Equal("Scheduled", JobState(updated.JobId));
        var audit = await _store.GetAuditAsync(deletionCase.CaseId, CancellationToken.None);
        Assert.Equal(["case.requested", "test.changed", "job.scheduled"], audit.Select(e => e.Action));
        Assert.Equal(updated.JobId, audit[^1].Details["jobId"]);
    }

    [Fact]
    public async Task ScheduleAsync_TheCaseMovedOn_DeletesTheJobItScheduled_AndLeavesTheCaseAsItWas()
    {
        var deletionCase = await CreateAsync(DeletionCaseState.Cancelled);
        string? scheduled = null;

        var updated = await _jobs.ScheduleAsync(deletionCase.CaseId, "test", LifecycleJob.Deletion, _clock.GetUtcNow().AddDays(1),
            (c, jobId) =>
            {
                scheduled = jobId;
                return c.State == DeletionCaseState.Scheduled ? [CaseJobs.Scheduled(jobId)] : null;
            }, CancellationToken.None);

        Assert.Null(updated!.JobId);
        Assert.Equal("Deleted", JobState(scheduled!));
        Assert.Single(await _store.GetAuditAsync(deletionCase.CaseId, CancellationToken.None));
    }

    [Fact]
    public async Task ScheduleAsync_TheChangeRefusesTheTransition_DeletesTheJobAndThrows()
    {
        var deletionCase = await CreateAsync(DeletionCaseState.Cancelled);
        string? scheduled = null;

        await Assert.ThrowsAsync<InvalidDeletionTransitionException>(() => _jobs.ScheduleAsync(deletionCase.CaseId, "test", LifecycleJob.Purge, _clock.GetUtcNow(),
            (c, jobId) =>
            {
                scheduled = jobId;
                c.TransitionTo(DeletionCaseState.PurgeScheduled, _clock.GetUtcNow(), "test");
                return [CaseJobs.Scheduled(jobId)];
            }, CancellationToken.None));

        Assert.Equal("Deleted", JobState(scheduled!));
        Assert.Equal(DeletionCaseState.Cancelled, (await _store.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);
    }

    private async Task<DeletionCase> CreateAsync(DeletionCaseState state)
    {
        var deletionCase = new DeletionCase { CaseId = DeletionCaseIds.New(), UserId = "usr_jobs", AccountIds = ["acc_jobs"] };
        deletionCase.TransitionTo(DeletionCaseState.Scheduled, _clock.GetUtcNow(), "test");
        if (state != DeletionCaseState.Scheduled)
        {
            deletionCase.TransitionTo(state, _clock.GetUtcNow(), "test");
        }

        return await _store.CreateUnlessAsync(deletionCase, "test", new CaseChange("case.requested"), _ => false, CancellationToken.None);
    }

    private string? JobState(string jobId)
    {
        using var connection = _jobStorage.GetConnection();
        return connection.GetJobData(jobId)?.State;
    }
}
