using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.Bot.Tests.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Notices;

/// <summary>
/// bob, a member of Ada Labs, was told that ada's deletion is scheduled; when ada undoes it he is told that the
/// account stays (in the case's language, the account's name only, once), against the running host's sandbox mailbox.
/// </summary>
public sealed class MemberUndoNoticeTests : NoticeConversation
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host.Settings["Deletion:GracePeriod"] = "01:00:00";
    }

    [Theory]
    [InlineData("en", "The Khulnasoft account \"Ada Labs\" will not be deleted", "has been cancelled. Nothing was deleted")]
    [InlineData("de", "Das Khulnasoft-Konto „Ada Labs“ wird nicht gelöscht", "wurde abgebrochen. Es wurde nichts gelöscht")]
    public async Task Bob_ToldOfTheScheduledDeletion_IsToldWhenAdaUndoesIt_OnceAndInTheCasesLanguage(string culture, string subject, string body)
    {
        Host.Start();
        await Host.DashboardAsync([.. AdaPrerequisites.Subscriptions, .. AdaPrerequisites.NameserversAndAutoRenew, .. AdaPrerequisites.DnsRecordsAndDomains, .. AdaPrerequisites.PaymentMethod]);
        var scheduler = Host.Services.GetRequiredService<DeletionScheduler>();
        var requested = await scheduler.RequestAsync(
            new DeletionRequest("user_ada", ["acct_ada_labs"], null, "ada@example.com", DeletionActors.User("user_ada"), Language: new UserLanguage(culture, null)),
            CancellationToken.None);
        await MailAsync("bob@example.com", InCulture.Read(culture, () => DeletionTexts.MemberScheduledSubject("Ada Labs"))); // the scheduled notice speaks the case's language too
        Assert.DoesNotContain(await Host.MailsToAsync("bob@example.com"), m => m["subject"]!.GetValue<string>() == subject);

        var undone = await scheduler.CancelAsync(requested.CaseId, DeletionActors.User("user_ada"), CancellationToken.None);
        Assert.Equal(CancelOutcome.Cancelled, undone.Outcome);
        Assert.Equal(CancelOutcome.AlreadyCancelled, (await scheduler.CancelAsync(requested.CaseId, DeletionActors.User("user_ada"), CancellationToken.None)).Outcome);

        var mail = await MailAsync("bob@example.com", subject);
        var text = mail["text_body"]!.GetValue<string>();
        Assert.Contains(body, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain(requested.CaseId, subject + text, StringComparison.Ordinal);
        await Eventually.UntilAsync(
            () => scheduler.GetAsync(requested.CaseId, CancellationToken.None), c => c!.NoticesSent.Contains("member.undone:acct_ada_labs:user_bob"), "the undo notice to be marked");

        // The same notice run again (a Hangfire retry) tells nobody twice; ada, who undid it, gets no member notice.
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MemberNoticeJob>().SendAsync(requested.CaseId, MemberNotice.Undone, CancellationToken.None);
        }

        Assert.Single(await Host.MailsToAsync("bob@example.com"), m => m["subject"]!.GetValue<string>() == subject);
        Assert.DoesNotContain(await Host.MailsToAsync("ada@example.com"), m => m["subject"]!.GetValue<string>() == subject);
    }

    [Fact]
    public async Task ACaseUndoneBeforeTheMembersWereTold_TellsThemNothing()
    {
        Host.Start();
        await Host.DashboardAsync([.. AdaPrerequisites.Subscriptions, .. AdaPrerequisites.NameserversAndAutoRenew, .. AdaPrerequisites.DnsRecordsAndDomains, .. AdaPrerequisites.PaymentMethod]);
        var scheduler = Host.Services.GetRequiredService<DeletionScheduler>();
        var requested = await scheduler.RequestAsync(
            new DeletionRequest("user_ada", ["acct_ada_labs"], null, "ada@example.com", DeletionActors.User("user_ada")), CancellationToken.None);
        await MailAsync("bob@example.com", DeletionTexts.MemberScheduledSubject("Ada Labs"));
        var current = await Eventually.UntilAsync(
            () => scheduler.GetAsync(requested.CaseId, CancellationToken.None), c => c!.NoticesSent.Contains("member.scheduled:acct_ada_labs:user_bob"), "the scheduled notice to be marked");

        // Forget that bob was told (as if the scheduled notice had not gone out yet): the undo notice then skips him.
        await Host.Services.GetRequiredService<DeletionCaseStore>().UpdateAsync(requested.CaseId, "test", c =>
        {
            c.NoticesSent = [.. c.NoticesSent.Where(n => !n.StartsWith("member.", StringComparison.Ordinal))];
            return new CaseChange("test.forgot");
        }, CancellationToken.None);
        await scheduler.CancelAsync(current!.CaseId, DeletionActors.User("user_ada"), CancellationToken.None);
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MemberNoticeJob>().SendAsync(requested.CaseId, MemberNotice.Undone, CancellationToken.None);
        }

        Assert.DoesNotContain((await scheduler.GetAsync(requested.CaseId, CancellationToken.None))!.NoticesSent, n => n.StartsWith("member.undone", StringComparison.Ordinal));
        Assert.Single(await Host.MailsToAsync("bob@example.com"));
    }
}
