using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Ops;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Ops;

/// <summary>
/// A case closed before the all-cases index existed (stored in Redis without an index entry) is listed by the console
/// once the host has started: the start-up backfill scans the case keys and adds it; a second run adds nothing.
/// </summary>
[Collection(JobsRedisCollection.Name)]
public sealed class CaseIndexBackfillTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _prefix = BotTestHost.NewPrefix();
    private FakeAccountApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeAccountApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task AnOldClosedCaseWithoutIndexEntry_IsListedAfterTheBackfill_AndASecondRunAddsNothing()
    {
        // Written as the version before the index did: the case and its audit chain, no all-cases entry, not open.
        var old = await WriteOldStyleCaseAsync();
        await using (var unindexed = BotTestHost.ForJobs(redis.ConnectionString, _prefix, _api)
            .WithServices(s => s.Remove(s.Single(d => d.ImplementationType == typeof(CaseIndexBackfillService)))))
        {
            // A host that doesn't run the backfill (as before this version) doesn't list it.
            unindexed.Start();
            Assert.DoesNotContain(await unindexed.Services.GetRequiredService<CaseSearch>().AllAsync(CancellationToken.None), c => c.CaseId == old.CaseId);
        }

        await using var host = BotTestHost.ForJobs(redis.ConnectionString, _prefix, _api).Start();
        var backfill = host.Services.GetRequiredService<CaseIndexBackfill>();
        var storage = host.Services.GetRequiredService<IStorage>();
        await Eventually.UntilAsync(() => storage.ReadAsync([DeletionKeys.AllCasesBackfilled]), r => r.Count > 0, "the start-up backfill to finish");

        var (page, total) = await host.Services.GetRequiredService<CaseSearch>().SearchAsync(old.CaseId, null, 1, 25, CancellationToken.None);
        Assert.Equal(1, total);
        Assert.Equal(DeletionCaseState.Cancelled, Assert.Single(page).State);
        Assert.Contains(old.CaseId, await host.Store.ListAllCaseIdsAsync(CancellationToken.None));

        // A new case is indexed as before; running the backfill again (by hand, past its mark) adds nothing twice.
        var fresh = await host.Scheduler.RequestAsync(new DeletionRequest("usr_new", ["acc_new"], null, null, DeletionActors.User("usr_new")), CancellationToken.None);
        Assert.Equal(0, await backfill.RunAsync(CancellationToken.None));
        Assert.Equal(0, await backfill.RunOnceAsync(CancellationToken.None));
        var ids = await host.Store.ListAllCaseIdsAsync(CancellationToken.None);
        Assert.Equal([old.CaseId, fresh.CaseId], ids);
    }

    private async Task<DeletionCase> WriteOldStyleCaseAsync()
    {
        var at = DateTimeOffset.UtcNow.AddDays(-400);
        var old = new DeletionCase { CaseId = DeletionCaseIds.New(), UserId = "usr_old", AccountIds = ["acc_old"], CreatedAt = at };
        old.TransitionTo(DeletionCaseState.Scheduled, at, DeletionActors.User("usr_old"));
        old.TransitionTo(DeletionCaseState.Cancelled, at.AddHours(1), DeletionActors.User("usr_old"), "undone by request");
        var chain = new AuditChain { CaseId = old.CaseId };
        old.AuditHead = AuditHasher.Append(chain, at, DeletionActors.User("usr_old"), "case.requested", new Dictionary<string, string>()).Hash;
        var storage = new RedisStorage(redis.Connection, new RedisStorageOptions { RedisConnection = redis.ConnectionString, KeyPrefix = _prefix });
        await storage.WriteAsync(new Dictionary<string, object> { [DeletionKeys.Case(old.CaseId)] = old, [DeletionKeys.Audit(old.CaseId)] = chain });
        return old;
    }
}
