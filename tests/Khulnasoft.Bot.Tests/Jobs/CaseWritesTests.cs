using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// How often one run of a lifecycle job writes the case (each write rewrites the case and its audit chain): the
/// host's real Redis storage behind a counter, the jobs run by hand (no Hangfire server), the account API over HTTP.
/// </summary>
[Collection(JobsRedisCollection.Name)]
public sealed class CaseWritesTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";
    private FakeAccountApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeAccountApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task DeletionJob_OneRunThatDeletes_WritesTheCaseTwice_StartedThenDeletedWithThePurgeScheduled()
    {
        await using var host = NewHost(out var storage);
        var requested = await host.RequestDueAsync("usr_writes");

        storage.Reset();
        await host.RunJobAsync<DeletionJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));

        Assert.Equal(2, storage.WritesOf(DeletionKeys.Case(requested.CaseId)));
        var current = (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.PurgeScheduled, current.State);
        Assert.Equal(
            [DeletionCaseState.Scheduled, DeletionCaseState.Deleting, DeletionCaseState.Deleted, DeletionCaseState.PurgeScheduled],
            current.History.Select(h => h.To));
        Assert.True(host.Services.GetRequiredService<DeletionJobQueue>().IsPending(current.JobId));
        var audit = await host.Store.GetAuditAsync(requested.CaseId, CancellationToken.None);
        Assert.Equal(["case.requested", "job.scheduled", "deletion.started", "deletion.succeeded", "purge.scheduled"], audit.Select(e => e.Action));
        Assert.True(AuditVerifier.Verify(requested.CaseId, audit, current.AuditHead).IsValid);
    }

    [Fact]
    public async Task DeletionJob_OneRunThatMeetsAnOutage_WritesTheCaseTwice_StartedThenTheRetryWithItsJob()
    {
        _api.FailNext(100);
        await using var host = NewHost(out var storage);
        var requested = await host.RequestDueAsync("usr_outage");

        storage.Reset();
        await host.RunJobAsync<DeletionJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));

        Assert.Equal(2, storage.WritesOf(DeletionKeys.Case(requested.CaseId)));
        var current = (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Scheduled, current.State);
        Assert.Equal(1, current.Attempts);
        Assert.NotEqual(requested.JobId, current.JobId);
        Assert.True(host.Services.GetRequiredService<DeletionJobQueue>().IsPending(current.JobId));
        var audit = await host.Store.GetAuditAsync(requested.CaseId, CancellationToken.None);
        Assert.Equal(["deletion.started", "deletion.retry_scheduled", "job.scheduled"], audit.Skip(2).Select(e => e.Action));
    }

    [Fact]
    public async Task PurgeJob_OneRunThatPurges_WritesTheCaseOnce()
    {
        await using var host = NewHost(out var storage);
        var requested = await host.RequestDueAsync("usr_purge_writes");
        await host.RunJobAsync<DeletionJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        storage.Reset();
        await host.RunJobAsync<PurgeJob>(job => job.RunAsync(requested.CaseId, CancellationToken.None));

        Assert.Equal(1, storage.WritesOf(DeletionKeys.Case(requested.CaseId)));
        Assert.Equal(DeletionCaseState.Purged, (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!.State);
    }

    private BotTestHost NewHost(out CountingStorage storage)
    {
        var counting = new CountingStorage[1];
        var host = BotTestHost.ForJobs(redis.ConnectionString, _prefix, _api);
        host.Settings["Jobs:ServerEnabled"] = "false";
        host.ServiceChanges.Add(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IStorage));
            services.RemoveAll<IStorage>();
            services.AddSingleton<IStorage>(sp => counting[0] = new CountingStorage(Resolve(sp, real)));
        });
        host.Start();
        _ = host.Services.GetRequiredService<IStorage>();
        storage = counting[0];
        return host;
    }

    private static IStorage Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance as IStorage
        ?? descriptor.ImplementationFactory?.Invoke(services) as IStorage
        ?? (IStorage)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
