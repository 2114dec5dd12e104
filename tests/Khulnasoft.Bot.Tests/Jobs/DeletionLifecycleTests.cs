using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Localization;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>Whole deletion lives through the real host: Hangfire on real Redis, the account API and channel over real HTTP.</summary>
[Collection(JobsRedisCollection.Name)]
public sealed class DeletionLifecycleTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";
    private FakeAccountApi _api = null!;
    private FakeChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeAccountApi.StartAsync();
        _channel = await FakeChannel.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task AdasLife_GraceDeletePurge_EndsWithAVerifiableReceiptAndProactiveNotices()
    {
        await using var host = NewHost().Start();

        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_ada", ["acc_ada_labs"], JobsHosting.Reference(_channel, "conv-ada"), "ada@example.com", DeletionActors.User("usr_ada")),
            CancellationToken.None);

        Assert.Equal(DeletionCaseState.Scheduled, requested.State);
        Assert.NotNull(requested.GraceUntil);
        Assert.StartsWith("del_", requested.CaseId, StringComparison.Ordinal);
        var purged = await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Purged);
        Assert.Equal(1, _api.DeleteEffects);
        Assert.Equal(1, _api.PurgeEffects);
        Assert.All(_api.IdempotencyKeys, key => Assert.Equal(requested.CaseId, key));
        Assert.Equal(
            [DeletionCaseState.Scheduled, DeletionCaseState.Deleting, DeletionCaseState.Deleted, DeletionCaseState.PurgeScheduled, DeletionCaseState.Purged],
            purged.History.Select(h => h.To));

        var receipt = Assert.IsType<Khulnasoft.Bot.Receipts.SignedReceipt>(purged.Receipt);
        using var client = host.CreateClient();
        var verification = await (await client.PostAsJsonAsync("/receipts/verify", new { receipt = receipt.Token })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(verification!["valid"]!.GetValue<bool>());
        Assert.Equal(requested.CaseId, verification["receipt"]!["caseId"]!.GetValue<string>());

        var texts = await Eventually.UntilAsync(() => Task.FromResult(_channel.TextsTo("conv-ada")), t => t.Count >= 2, "the two proactive notices");
        Assert.Contains(texts, t => t.Contains("has been deleted", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(receipt.Token, StringComparison.Ordinal));
        await Eventually.UntilAsync(() => Task.FromResult(host.Email.Sent.Count), n => n >= 2, "the two emails");
        Assert.All(host.Email.Sent, mail => Assert.Equal("ada@example.com", mail.To));

        var erased = await Eventually.UntilAsync(() => host.Store.GetAsync(requested.CaseId, CancellationToken.None), c => c!.NotificationEmail is null && c.Conversation is null, "contact details erased after the receipt");
        Assert.Null(erased!.NotificationEmail);
        var audit = await host.Store.GetAuditAsync(requested.CaseId, CancellationToken.None);
        Assert.True(AuditVerifier.Verify(requested.CaseId, audit).IsValid);
        Assert.DoesNotContain(audit, e => e.Details.Values.Any(v => v.Contains("ada@example.com", StringComparison.Ordinal)));
        var history = Assert.Single(await host.Scheduler.GetHistoryForUserAsync("usr_ada", CancellationToken.None));
        Assert.True(history.AuditIntact);
        Assert.Equal(DeletionCaseState.Purged, history.State);
    }

    [Fact]
    public async Task Undo_DuringGrace_CancelsTheCaseRemovesTheJobAndDeletesNothing()
    {
        await using var host = NewHost(s => s["Deletion:GracePeriod"] = "00:00:04").Start();
        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_ben", ["acc_ben"], JobsHosting.Reference(_channel, "conv-ben"), null, DeletionActors.User("usr_ben")), CancellationToken.None);

        var result = await host.Scheduler.CancelAsync(requested.CaseId, DeletionActors.User("usr_ben"), CancellationToken.None);

        Assert.Equal(CancelOutcome.Cancelled, result.Outcome);
        Assert.Equal(DeletionCaseState.Cancelled, result.Case!.State);
        using (var connection = host.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            Assert.Equal("Deleted", connection.GetJobData(requested.JobId!)!.State);
        }

        // A job started anyway (a duplicate, or one already running when undo came) stops before the API.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DeletionJob>().RunAsync(requested.CaseId, CancellationToken.None);
        }

        Assert.Equal(0, _api.DeleteCalls);
        Assert.Equal(DeletionCaseState.Cancelled, (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!.State);
        Assert.Null(await host.Scheduler.FindActiveAsync("usr_ben", CancellationToken.None));
        Assert.Equal(CancelOutcome.AlreadyCancelled, (await host.Scheduler.CancelAsync(requested.CaseId, "user:usr_ben", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Lee_UnderLegalHold_IsDeletedPurgeBlockedWithoutTheReasonThenPurgedWhenTheHoldIsLifted()
    {
        _api.LegalHolds["usr_lee"] = true;
        await using var host = NewHost().Start();
        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_lee", ["acc_lee"], JobsHosting.Reference(_channel, "conv-lee"), "lee@held.example", DeletionActors.User("usr_lee")), CancellationToken.None);

        await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.PurgeBlocked);
        var texts = await Eventually.UntilAsync(() => Task.FromResult(_channel.TextsTo("conv-lee")), t => t.Count >= 2, "deleted and retained notices");

        Assert.True(_api.DeletedUsers.ContainsKey("usr_lee"));
        Assert.Equal(0, _api.PurgeEffects);
        Assert.Contains(texts, t => t.Contains("legal obligations", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("litigation", StringComparison.OrdinalIgnoreCase) || t.Contains("hold", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(host.Email.Sent, m => m.Body.Contains("litigation", StringComparison.OrdinalIgnoreCase));

        _api.LegalHolds.TryRemove("usr_lee", out _);
        var purged = await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Purged);

        Assert.Equal(1, _api.PurgeEffects);
        Assert.NotNull(purged.Receipt);
        Assert.Single(_channel.TextsTo("conv-lee"), t => t.Contains("legal obligations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lee_ConfirmedInGermanOnABerlinClient_GetsHerNoticesInGerman_OnHerClock()
    {
        _api.LegalHolds["usr_lee_de"] = true;
        await using var host = NewHost().Start();
        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_lee_de", ["acc_lee"], JobsHosting.Reference(_channel, "conv-lee-de"), "lee@held.example", DeletionActors.User("usr_lee_de"),
                Language: new UserLanguage("de", "Europe/Berlin")), CancellationToken.None);

        await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.PurgeBlocked);
        var texts = await Eventually.UntilAsync(() => Task.FromResult(_channel.TextsTo("conv-lee-de")), t => t.Count >= 2, "deleted and retained notices");

        Assert.Contains(texts, t => t.StartsWith($"Ihr Konto wurde gelöscht (Vorgang {requested.CaseId}).", StringComparison.Ordinal) && t.Contains("(Europe/Berlin)", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("gesetzlichen Pflichten", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("legal obligations", StringComparison.Ordinal) || t.Contains("Rechtsstreit", StringComparison.Ordinal));
        Assert.Contains(host.Email.Sent, m => m.Subject == "Ihr Konto wurde gelöscht");
    }

    [Fact]
    public async Task DeletionJob_RunTwice_DeletesOnce()
    {
        await using var host = NewHost(s => s["Jobs:ServerEnabled"] = "false").Start();
        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_twice", ["acc_twice"], null, null, DeletionActors.User("usr_twice")), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredService<DeletionJob>();
            await job.RunAsync(requested.CaseId, CancellationToken.None);
            await job.RunAsync(requested.CaseId, CancellationToken.None);
        }

        Assert.Equal(1, _api.DeleteCalls);
        Assert.Equal(1, _api.DeleteEffects);
        Assert.Equal(DeletionCaseState.PurgeScheduled, (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task TwoHangfireServers_RacingOnTheSameCase_DeleteOnce()
    {
        await using var first = NewHost(s => s["Deletion:GracePeriod"] = "00:00:03").Start();
        await using var second = NewHost(s => s["Deletion:GracePeriod"] = "00:00:03").Start();
        var requested = await first.Scheduler.RequestAsync(
            new DeletionRequest("usr_race", ["acc_race"], null, null, DeletionActors.User("usr_race")), CancellationToken.None);

        // Extra copies of the job on both servers, due at the same moment as the scheduled one.
        var jobs = first.Services.GetRequiredService<DeletionJobQueue>();
        var others = second.Services.GetRequiredService<DeletionJobQueue>();
        jobs.ScheduleDeletion(requested.CaseId, requested.GraceUntil!.Value);
        others.ScheduleDeletion(requested.CaseId, requested.GraceUntil!.Value);
        others.ScheduleDeletion(requested.CaseId, requested.GraceUntil!.Value);

        await first.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Purged);

        Assert.Equal(1, _api.DeleteCalls);
        Assert.Equal(1, _api.DeleteEffects);
        Assert.Equal(1, _api.PurgeEffects);
    }

    [Fact]
    public async Task HostStoppedDuringGrace_ANewHostOnTheSameRedis_StillDeletes()
    {
        string caseId;
        await using (var before = NewHost(s => s["Deletion:GracePeriod"] = "00:00:03").Start())
        {
            caseId = (await before.Scheduler.RequestAsync(
                new DeletionRequest("usr_restart", ["acc_restart"], null, null, DeletionActors.User("usr_restart")), CancellationToken.None)).CaseId;
        }

        Assert.Equal(0, _api.DeleteCalls);
        await using var after = NewHost().Start();

        await after.WaitForCaseStateAsync(caseId, DeletionCaseState.Purged);
        Assert.Equal(1, _api.DeleteEffects);
    }

    [Fact]
    public async Task ApiFailingWith500s_ThenRecovering_IsRetriedAndDeletesOnce()
    {
        _api.FailNext(3);
        await using var host = NewHost().Start();
        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_flaky", ["acc_flaky"], null, null, DeletionActors.User("usr_flaky")), CancellationToken.None);

        var done = await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Purged);

        // The client retries once itself (2 calls per attempt); the job then retries with its own backoff.
        Assert.Equal(4, _api.DeleteCalls);
        Assert.Equal(1, _api.DeleteEffects);
        var audit = await host.Store.GetAuditAsync(requested.CaseId, CancellationToken.None);
        Assert.Equal(1, audit.Count(e => e.Action == "deletion.retry_scheduled"));
        Assert.Equal(0, done.Attempts);

        // Once in flight, undo is refused: the account may already be gone.
        Assert.Equal(CancelOutcome.TooLate, (await host.Scheduler.CancelAsync(requested.CaseId, "user:usr_flaky", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task ApiDownForGood_FailsTheCaseAfterBoundedAttemptsAndTellsTheUser()
    {
        _api.FailNext(100);
        await using var host = NewHost(s => s["Deletion:MaxAttempts"] = "2").Start();
        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_down", ["acc_down"], JobsHosting.Reference(_channel, "conv-down"), null, DeletionActors.User("usr_down")), CancellationToken.None);

        await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Failed);
        var texts = await Eventually.UntilAsync(() => Task.FromResult(_channel.TextsTo("conv-down")), t => t.Count >= 1, "the failure notice");

        Assert.Equal(4, _api.DeleteCalls);
        Assert.Equal(0, _api.DeleteEffects);
        Assert.Contains("support team", texts[0], StringComparison.Ordinal);
        await Eventually.UntilAsync(() => host.Store.GetAuditAsync(requested.CaseId, CancellationToken.None), a => a.Any(e => e.Action == "support.alerted"), "the support alert");
    }

    [Fact]
    public async Task PrerequisiteReappeared_BlocksTheCaseAndTellsTheUserWhat()
    {
        _api.ZonesByAccount["acc_ada2"] = "ada.dev";
        await using var host = NewHost().Start();
        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_ada2", ["acc_ada2"], JobsHosting.Reference(_channel, "conv-ada2"), null, DeletionActors.User("usr_ada2")), CancellationToken.None);

        var blocked = await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Blocked);
        var texts = await Eventually.UntilAsync(() => Task.FromResult(_channel.TextsTo("conv-ada2")), t => t.Count >= 1, "the blocked notice");

        Assert.Equal(0, _api.DeleteCalls);
        // The zone is back; DNS is not answerable from this host, so its delegation item may be listed too (a failed
        // lookup never counts as done): every line is about ada.dev, and the zone's is among them.
        var unmet = InCulture.Read("en", () => BlockerTexts.Of(blocked, ChatText.Code));
        Assert.Contains(unmet, p => p.Contains("Remove the domain `ada.dev`", StringComparison.Ordinal));
        Assert.All(unmet, p => Assert.Contains("`ada.dev`", p, StringComparison.Ordinal));
        Assert.Contains("ada.dev", texts[0], StringComparison.Ordinal);
        Assert.True(blocked.CanUndo);

        _api.ZonesByAccount.TryRemove("acc_ada2", out _);
        await host.Scheduler.ResumeAsync(requested.CaseId, "user:usr_ada2", CancellationToken.None);
        await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Purged);
        Assert.Equal(1, _api.DeleteEffects);
    }

    [Fact]
    public async Task Watchdog_FindsACaseWhoseJobWentMissing_AndReschedulesIt()
    {
        await using var host = NewHost(s => s["Deletion:GracePeriod"] = "00:00:03").Start();
        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_lost", ["acc_lost"], null, null, DeletionActors.User("usr_lost")), CancellationToken.None);
        host.Services.GetRequiredService<IBackgroundJobClient>().Delete(requested.JobId!);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DeletionWatchdogJob>().RunAsync(CancellationToken.None);
        }

        var rescheduled = await host.Store.GetAsync(requested.CaseId, CancellationToken.None);
        Assert.NotEqual(requested.JobId, rescheduled!.JobId);
        Assert.True(host.Services.GetRequiredService<DeletionJobQueue>().IsPending(rescheduled.JobId));
        await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Purged);
        Assert.Equal(1, _api.DeleteEffects);
    }

    [Fact]
    public async Task RequestingTwice_ReturnsTheActiveCase()
    {
        await using var host = NewHost(s => s["Deletion:GracePeriod"] = "01:00:00").Start();
        var request = new DeletionRequest("usr_dup", ["acc_dup"], null, null, DeletionActors.User("usr_dup"));

        var first = await host.Scheduler.RequestAsync(request, CancellationToken.None);
        var second = await host.Scheduler.RequestAsync(request, CancellationToken.None);

        Assert.Equal(first.CaseId, second.CaseId);
    }

    private BotTestHost NewHost(Action<Dictionary<string, string?>>? configure = null)
    {
        var host = BotTestHost.ForJobs(redis.ConnectionString, _prefix, _api);
        configure?.Invoke(host.Settings);
        return host;
    }
}
