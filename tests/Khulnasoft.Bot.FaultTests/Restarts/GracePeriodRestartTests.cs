using System.Diagnostics;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.Bot.FaultTests.Results;
using Xunit.Abstractions;

namespace Khulnasoft.Bot.FaultTests.Restarts;

/// <summary>
/// Hangfire on Redis keeps the deferred work when every host dies: a deletion scheduled with a 6 s grace period is
/// carried out exactly once after all three hosts were killed with SIGKILL and started again, and so is its purge
/// (4 s later, after a second kill of every host); a request undone before the kill stays undone.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class GracePeriodRestartTests(FaultLab lab, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan PurgeDelay = TimeSpan.FromSeconds(10);

    public Task InitializeAsync() => lab.HealAsync();

    public Task DisposeAsync() => lab.HealAsync();

    [Fact]
    public async Task ADeletionAndItsPurge_SurviveAKillOfEveryHost_AndRunExactlyOnce_AnUndoneRequestStaysUndone()
    {
        var clock = Stopwatch.StartNew();
        var (undoneEmail, undoneId) = lab.Sandbox.NextUser();
        var undone = await DeletionConversation.StartAsync(lab.B.Http, undoneEmail, lab.Sandbox);
        var undoneCase = await undone.ScheduleAsync(lab.B.Http, lab.C.Http, lab.A.Http, lab.B.Http);
        await undone.UndoAsync(lab.C.Http);

        var (email, userId) = lab.Sandbox.NextUser();
        var user = await DeletionConversation.StartAsync(lab.A.Http, email, lab.Sandbox);
        var caseId = await user.ScheduleAsync(lab.A.Http, lab.B.Http, lab.C.Http, lab.A.Http);
        var scheduledAt = Stopwatch.StartNew();
        await KillEveryHostAsync();

        await Task.Delay(GracePeriod + TimeSpan.FromSeconds(1) - scheduledAt.Elapsed);
        Assert.Equal(0, lab.Sandbox.Calls("DELETE", "/users/" + userId));
        await StartEveryHostAsync();
        // Killed only once the "deleted" notice went out: a notification job killed while it runs stays fetched until
        // Hangfire's invisibility timeout (30 min) has passed (see docs/faults.md).
        var deleted = await CaseAudit.WaitAsync(lab.A.Http, caseId, a => a.Notices.Count(n => n.StartsWith("Deleted@", StringComparison.Ordinal)) == 2, TimeSpan.FromSeconds(60));

        await KillEveryHostAsync();
        var killedAt = Stopwatch.StartNew();
        Assert.DoesNotContain("purge.succeeded", deleted.Actions);
        Assert.Equal(0, lab.Sandbox.Calls("POST", $"/users/{userId}/purge"));
        await Task.Delay(PurgeDelay + TimeSpan.FromSeconds(1) - killedAt.Elapsed);
        await StartEveryHostAsync();
        await CaseAudit.WaitAsync(lab.B.Http, caseId, a => a.Actions.Contains("purge.succeeded"), TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3)); // a second run, if there were one, would come within Hangfire's next polls

        var audit = (await CaseAudit.ReadAsync(lab.C.Http, caseId))!;
        output.WriteLine(string.Join(", ", audit.Actions));
        Assert.Equal(1, lab.Sandbox.Calls("DELETE", "/users/" + userId));
        Assert.Equal(1, lab.Sandbox.Calls("POST", $"/users/{userId}/purge"));
        Assert.Single(audit.Actions, a => a == "deletion.succeeded");
        Assert.Single(audit.Actions, a => a == "purge.succeeded");
        Assert.True(audit.ChainVerifies, audit.Verification.ToJsonString());

        var undoneAudit = (await CaseAudit.ReadAsync(lab.C.Http, undoneCase))!;
        Assert.Contains("case.cancelled", undoneAudit.Actions);
        Assert.DoesNotContain("deletion.started", undoneAudit.Actions);
        Assert.Equal(0, lab.Sandbox.Calls("DELETE", "/users/" + undoneId));

        var transcript = await user.User.TranscriptAsync(lab.A.Http);
        foreach (var activity in transcript.Skip(1).Where(a => a["replyToId"] is null && a["from"]?["role"]?.GetValue<string>() == "bot"))
        {
            output.WriteLine("proactive: " + Cards.Seen(activity));
        }

        Assert.Equal(0, await user.AssertEachStepAnsweredOnceAsync(lab.B.Http, "has been deleted", "Your personal data has been purged"));
        lab.Results.Add(new FaultResult("scheduled deletion and purge across restarts", "2 users (1 scheduled, 1 undone), 6 s grace, 10 s purge delay",
            "kill -9 of all 3 hosts before the deletion, and again before the purge", 9, 0, 0, 0, clock.Elapsed.TotalSeconds));
    }

    private Task KillEveryHostAsync() => Task.WhenAll(lab.Hosts.Select(h => h.KillAsync()));

    private Task StartEveryHostAsync() => Task.WhenAll(lab.Hosts.Select(h => h.StartAsync()));
}
