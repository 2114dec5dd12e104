using System.Diagnostics;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.Bot.FaultTests.Results;
using Xunit.Abstractions;

namespace Khulnasoft.Bot.FaultTests.Restarts;

/// <summary>
/// kill -9 of bot hosts during a deletion conversation and while its deletion waits out the grace period: the next
/// message, on another host or the restarted one, is answered by the step the conversation was at (no step lost,
/// none run twice); a scheduled deletion and its purge run exactly once after every host was killed; an undone
/// request stays undone.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class HostRestartTests(FaultLab lab, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => lab.HealAsync();

    public Task DisposeAsync() => lab.HealAsync();

    [Fact]
    public async Task AHostKilledBetweenSteps_AnotherHostAndThenTheRestartedOneContinueAtTheSameStep()
    {
        var clock = Stopwatch.StartNew();
        var user = await DeletionConversation.StartAsync(lab.A.Http, lab.Sandbox.NextUser().Email, lab.Sandbox);
        await user.AskAsync(lab.A.Http);

        await lab.A.KillAsync();
        var restart = lab.A.StartAsync();
        await user.ConfirmIdentityAsync(lab.B.Http);
        await user.SkipInvoicesAsync(lab.C.Http, user.LastReplies);
        await restart;
        await user.ConfirmAsync(lab.A.Http);
        await user.UndoAsync(lab.B.Http);

        Assert.Equal(0, await user.AssertEachStepAnsweredOnceAsync(lab.C.Http));
        lab.Results.Add(new FaultResult("kill -9 between waterfall steps", "1 conversation, 5 turns on 3 hosts", "kill -9 of host A, restarted", 5, 0, 0, 0, clock.Elapsed.TotalSeconds));
    }

    [Fact]
    public async Task AHostKilledInTheMiddleOfATurn_TheResentMessageRunsTheStepOnceOnAnotherHost()
    {
        var clock = Stopwatch.StartNew();
        var (email, userId) = lab.Sandbox.NextUser();
        var user = await DeletionConversation.StartAsync(lab.A.Http, email, lab.Sandbox);
        await user.AskAsync(lab.A.Http);

        // The turn of "yes" waits on its first account API call (held by the proxy) when host A is killed.
        var hold = lab.Sandbox.Api.Hold(request => request.Path.Value!.Contains(userId, StringComparison.Ordinal));
        var cutOff = user.User.SendAsync(lab.A.Http, "yes");
        await hold.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await lab.A.KillAsync();
        hold.Release();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => cutOff);

        // Web Chat shows "Send failed. Retry."; the user sends it again, this time through host B.
        await user.ConfirmIdentityAsync(lab.B.Http);
        await user.SkipInvoicesAsync(lab.C.Http, user.LastReplies);
        var caseId = await user.ConfirmAsync(lab.B.Http);
        await user.UndoAsync(lab.C.Http);

        Assert.Equal(1, await user.AssertEachStepAnsweredOnceAsync(lab.B.Http));
        var audit = await CaseAudit.ReadAsync(lab.B.Http, caseId);
        output.WriteLine(string.Join(", ", audit!.Actions) + " / " + string.Join(" → ", audit.States));
        lab.Results.Add(new FaultResult("kill -9 inside a turn (account API call held)", "1 conversation, 5 turns + 1 resent", "kill -9 of host A mid-turn", 5, 0, 0, 0, clock.Elapsed.TotalSeconds));
    }
}
