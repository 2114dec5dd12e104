using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.Bot.Tests.Localization;
using Khulnasoft.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// A paused deletion resumed from the chat, over HTTP with real channel tokens against the running host (embedded
/// sandbox, Hangfire in memory): ada's scheduled case is blocked when she switches auto-renew back on in the sandbox
/// dashboard; the notice in her Teams chat says what blocks it and carries the resume button; she gets the live
/// checklist, fixes it, confirms, and the case runs to deletion. A resume of a case that is not paused is explained.
/// </summary>
public sealed class BlockedCaseResumeHttpTests : TeamsChannelConversation
{
    private const string Conversation = "a:ada-resume";


    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host.WithSetting("Deletion:GracePeriod", "00:00:01").WithSetting("Jobs:SchedulePollingInterval", "00:00:01").Start();
    }

    [Fact]
    public async Task Ada_BlockedByAutoRenewSwitchedBackOn_IsToldWhatBlocksIt_FixesIt_Resumes_AndTheCaseIsDeleted()
    {
        var ada = new ChannelUser(Host, Credentials, DemoChats.Teams("ada", Conversation, Connector.ServiceUrl), R);
        var store = Host.Services.GetRequiredService<DeletionCaseStore>();
        var caseId = await ScheduleAdasDeletionAsync(ada);

        // The deletion job runs at the end of the (one-second) grace period, finds auto-renew on again and pauses the case.
        var blocked = await Eventually.UntilAsync(() => store.GetAsync(caseId, CancellationToken.None), c => c!.State is not (DeletionCaseState.Scheduled or DeletionCaseState.Deleting), "the job to finish its run");
        Assert.Equal(DeletionCaseState.Blocked, blocked!.State);
        Assert.Contains(EnglishBlockers(blocked!), u => u.Contains("auto-renew", StringComparison.Ordinal) && u.Contains("ada.dev", StringComparison.Ordinal));

        var notices = await Eventually.UntilAsync(() => Task.FromResult(Connector.ActivitiesTo(Conversation)), a => a.Count > 0, "the paused notice in her chat");
        var notice = Assert.Single(notices);
        Assert.Contains("Resume my deletion", notice.Text, StringComparison.Ordinal);
        R.Card("Paused: something needs your attention first", "ada.dev", "Answer due by", CardActions.DeletionResume)(notice);

        await ada.ClickAsync(CardActions.DeletionResume);
        ada.Next(R.Text("is paused: something needs your attention first"), "told why");
        ada.Next(R.Card("ada.dev", "/sandbox/dash/", CardActions.DeletionRecheck), "the same live checklist, with its deep links and Re-check");
        ada.Next(R.Text("Still to do (1): `ada.dev`: Registrar auto-renew disabled"), "exactly what blocks it");

        await ada.SendAsync("resume");
        ada.Next(R.Text("Let's finish the checklist first"), "nothing resumes while something blocks it");
        Assert.Equal(DeletionCaseState.Blocked, (await store.GetAsync(caseId, CancellationToken.None))!.State);

        await Host.DashboardAsync("accounts/acct_ada_labs/registrar/ada.dev/auto-renew/disable");
        await ada.SendAsync("re-check");
        ada.Next(R.Card("required steps done"), "the checklist, read again");
        ada.Next(R.Text("Everything required is done"), "nothing blocks it any more");
        ada.Next(R.Card("Resume your account deletion?", CardActions.DeletionResume, CardActions.DeletionCancel), "asked before it resumes");

        await ada.ClickAsync(CardActions.DeletionResume);
        var resumed = ada.Next(R.Card("Scheduled (you can still undo it)", "Deletion runs", "Received", "Answer due by"), "back to scheduled; the card says when");
        Assert.Contains("Resumed", resumed.Text, StringComparison.Ordinal);

        var deleted = await Eventually.UntilAsync(() => store.GetAsync(caseId, CancellationToken.None), c => c!.DeletedAt is not null, "the resumed case to be deleted");
        Assert.True(DeletionTransitions.IsDeleted(deleted!.State));
        var audit = await store.GetAuditAsync(caseId, CancellationToken.None);
        var entry = Assert.Single(audit, e => e.Action == "case.resumed");
        Assert.Equal(DeletionActors.User("user_ada"), entry.Actor);
        await Eventually.UntilAsync(() => Task.FromResult(Connector.TextsTo(Conversation)), t => t.Any(x => x.Contains("has been deleted", StringComparison.Ordinal)), "the deleted notice");

        await ada.SendAsync("resume");
        ada.Next(R.Text("isn't paused"), "a deleted case has nothing to resume");
        await R.ValidateCardsAsync();
    }

    /// <summary>What blocks the case, as an English reader reads it (the case stores codes).</summary>
    private static IReadOnlyList<string> EnglishBlockers(DeletionCase c) => InCulture.Read("en", () => BlockerTexts.Of(c, ChatText.Code));

    /// <summary>
    /// ada does the whole checklist on the dashboard and skips the invoices; then, with the confirmation card in front
    /// of her, she switches auto-renew of ada.dev back on, and confirms: her case is scheduled (its id returned).
    /// </summary>
    private async Task<string> ScheduleAdasDeletionAsync(ChannelUser ada)
    {
        await DeletionHttpTests.ToHerChecklistAsync(ada, R);
        await Host.DashboardAsync([.. AdaPrerequisites.Subscriptions, .. AdaPrerequisites.NameserversAndAutoRenew, .. AdaPrerequisites.DnsRecordsAndDomains, .. AdaPrerequisites.PaymentMethod]);
        await ada.SendAsync("re-check");
        ada.Next(R.Card("8 of 8 required steps done"), "checklist complete");
        ada.Next(R.Text("Everything required is done"), "moves on");
        ada.Next(R.Card(CardActions.InvoicesSkip), "invoices");
        await ada.ClickAsync(CardActions.InvoicesSkip);
        ada.Next(R.Text("can't be retrieved once your account is deleted"), "skip warning");
        ada.Next(R.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode"), "confirmation");
        await Host.DashboardAsync("accounts/acct_ada_labs/registrar/ada.dev/auto-renew/enable");
        await ada.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "Ada Labs"), ("oneTimeCode", await Host.ConfirmationCodeAsync("ada@example.com")));
        ada.Next(R.Card(CardActions.DeletionUndo), "scheduled");
        var scheduled = await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ada", CancellationToken.None);
        return scheduled!.CaseId;
    }
}
