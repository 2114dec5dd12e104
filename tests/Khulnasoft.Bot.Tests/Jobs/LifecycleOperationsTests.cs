using Khulnasoft.Bot.Deletion;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// The lifecycle's operator operations on a failed case (<see cref="DeletionScheduler.RetryAsync"/>): the real host
/// on Redis with no Hangfire server (the jobs are run by hand, one run at a time), the account API over HTTP.
/// </summary>
[Collection(JobsRedisCollection.Name)]
public sealed class LifecycleOperationsTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";
    private FakeAccountApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeAccountApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task RetryAsync_ADeletionThatFailed_RunsAgainWithFreshAttempts_AndDeletesOnce()
    {
        await using var host = NewHost();
        var requested = await host.RequestDueAsync("usr_retry_delete");
        _api.FailNext(100);
        await host.RunJobAsync<DeletionJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));
        await host.RunJobAsync<DeletionJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));
        Assert.Equal(DeletionCaseState.Failed, (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!.State);
        _api.FailNext(0);

        var retried = await host.Scheduler.RetryAsync(requested.CaseId, DeletionActors.Operator("ops"), CancellationToken.None);

        Assert.Equal(DeletionCaseState.Scheduled, retried!.State);
        Assert.Equal(0, retried.Attempts);
        Assert.True(host.Services.GetRequiredService<DeletionJobQueue>().IsPending(retried.JobId));
        await host.RunJobAsync<DeletionJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));
        Assert.Equal(DeletionCaseState.PurgeScheduled, (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!.State);
        Assert.Equal(1, _api.DeleteEffects);
        var audit = await host.Store.GetAuditAsync(requested.CaseId, CancellationToken.None);
        var entry = Assert.Single(audit, e => e.Action == "case.retried");
        Assert.Equal("deletion", entry.Details["stage"]);
        Assert.Equal("operator:ops", entry.Actor);
    }

    [Fact]
    public async Task RetryAsync_APurgeThatFailed_PurgesAgain_TheAccountIsNotDeletedTwice()
    {
        await using var host = NewHost();
        var requested = await host.RequestDueAsync("usr_retry_purge");
        await host.RunJobAsync<DeletionJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        _api.FailNext(100);
        await host.RunJobAsync<PurgeJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));
        await host.RunJobAsync<PurgeJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));
        Assert.Equal(DeletionCaseState.Failed, (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!.State);
        _api.FailNext(0);

        var retried = await host.Scheduler.RetryAsync(requested.CaseId, DeletionActors.Operator("ops"), CancellationToken.None);

        Assert.Equal(DeletionCaseState.PurgeScheduled, retried!.State);
        await host.RunJobAsync<PurgeJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));
        var purged = (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Purged, purged.State);
        Assert.NotNull(purged.Receipt);
        Assert.Equal(1, _api.DeleteEffects);
        Assert.Equal(1, _api.PurgeEffects);
    }

    [Fact]
    public async Task RetryAsync_ACaseThatHasNotFailed_IsRefused_AndKeepsItsJob()
    {
        await using var host = NewHost();
        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_not_failed", ["acc_not_failed"], null, null, DeletionActors.User("usr_not_failed")), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidDeletionTransitionException>(() => host.Scheduler.RetryAsync(requested.CaseId, DeletionActors.Operator("ops"), CancellationToken.None));

        var current = (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Scheduled, current.State);
        Assert.Equal(requested.JobId, current.JobId);
        Assert.True(host.Services.GetRequiredService<DeletionJobQueue>().IsPending(current.JobId));
        Assert.Null(await host.Scheduler.RetryAsync("del_" + new string('0', 24), DeletionActors.Operator("ops"), CancellationToken.None));
    }

    private BotTestHost NewHost()
    {
        var host = BotTestHost.ForJobs(redis.ConnectionString, _prefix, _api);
        host.Settings["Jobs:ServerEnabled"] = "false";
        host.Settings["Deletion:MaxAttempts"] = "2";
        return host.Start();
    }
}
