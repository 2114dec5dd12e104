using System.Net;
using System.Text.RegularExpressions;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.Bot.Tests.Conversation.Http;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Notices;

/// <summary>
/// The notices around a scheduled deletion, against the running host (embedded sandbox: its SMTP server and mailbox,
/// read over HTTP) with real channel tokens and seconds-long settings: the scheduled email with its undo link, the undo
/// page (a GET only asks, a POST without the anti-forgery token changes nothing, the form's POST cancels, a second
/// POST says it is already undone, forged and expired links get a clear page), the reminder in the Teams chat and by
/// email (and none once undone), and the members' emails when ada's deletion is scheduled and when it runs.
/// </summary>
public sealed partial class DeletionNoticesTests : NoticeConversation
{
    [Fact]
    public async Task Ben_GetsTheScheduledEmail_TheReminderInChatAndByMail_AndUndoesOnThePageByPostOnly()
    {
        Host.Settings["Deletion:GracePeriod"] = "00:01:00";
        Host.Settings["Deletion:ReminderBefore"] = "00:00:55";
        Host.Start();

        var caseId = await BenSchedulesInTeamsAsync("a:ben-notices");

        var scheduledMail = await MailAsync("ben@example.com", DeletionTexts.ScheduledSubject(caseId));
        var body = scheduledMail["text_body"]!.GetValue<string>();
        var deletionCase = (await Scheduler.GetAsync(caseId, CancellationToken.None))!;
        Assert.Contains(caseId, body, StringComparison.Ordinal);
        Assert.Contains(DeletionTexts.At(deletionCase.GraceUntil!.Value), body, StringComparison.Ordinal);
        var undoUrl = UndoUrl().Match(body).Value;
        Assert.StartsWith(Host.BaseAddress + "deletion/undo/", undoUrl, StringComparison.Ordinal);

        var reminder = await Eventually.UntilAsync(() => Task.FromResult(Connector.TextsTo("a:ben-notices")), t => t.Count > 0, "the reminder in ben's chat");
        Assert.Equal(DeletionTexts.ReminderChat(caseId, deletionCase.GraceUntil.Value), Assert.Single(reminder));
        var reminderMail = await MailAsync("ben@example.com", DeletionTexts.ReminderSubject(caseId));
        Assert.Equal(undoUrl, UndoUrl().Match(reminderMail["text_body"]!.GetValue<string>()).Value);

        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });
        using (var page = await browser.GetAsync(undoUrl))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.True(page.Headers.CacheControl?.NoStore);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains(WebUtility.HtmlEncode(DeletionTexts.UndoConfirm(caseId, deletionCase.GraceUntil.Value)), html, StringComparison.Ordinal);
            Assert.Contains("<form method=\"post\">", html, StringComparison.Ordinal);
        }

        Assert.Equal(DeletionCaseState.Scheduled, (await Scheduler.GetAsync(caseId, CancellationToken.None))!.State);

        using (var forged = await browser.PostAsync(undoUrl, new FormUrlEncodedContent([])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(DeletionTexts.UndoForgery), await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(DeletionCaseState.Scheduled, (await Scheduler.GetAsync(caseId, CancellationToken.None))!.State);

        var form = await FormOfAsync(browser, undoUrl);
        using (var undone = await browser.PostAsync(undoUrl, new FormUrlEncodedContent(form)))
        {
            Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(DeletionTexts.UndoDone(caseId)), await undone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var again = await browser.PostAsync(undoUrl, new FormUrlEncodedContent(form)))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(DeletionTexts.UndoAlready(caseId)), await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var cancelled = (await Scheduler.GetAsync(caseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Cancelled, cancelled.State);
        var audit = await Host.Services.GetRequiredService<DeletionCaseStore>().GetAuditAsync(caseId, CancellationToken.None);
        var entry = Assert.Single(audit, e => e.Action == "case.cancelled");
        Assert.Equal(("user:user_ben", UndoEndpoints.Via), (entry.Actor, entry.Details["via"]));
        Assert.Contains(audit, e => e.Action == "notice.sent" && e.Details["notice"] == ScheduledNoticeJob.Marker);
        Assert.Contains(audit, e => e.Action == "notice.sent" && e.Details["notice"] == DeletionReminderJob.ChatMarker);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task TheReminder_DoesNothingOnceTheCaseIsUndone_AndForgedOrExpiredLinksChangeNothing()
    {
        Host.Settings["Deletion:GracePeriod"] = "00:10:00";
        Host.Start();

        var caseId = await BenSchedulesInTeamsAsync("a:ben-undone");
        var undoUrl = UndoUrl().Match((await MailAsync("ben@example.com", DeletionTexts.ScheduledSubject(caseId)))["text_body"]!.GetValue<string>()).Value;
        var links = Host.Services.GetRequiredService<UndoLinks>();
        var token = Uri.UnescapeDataString(undoUrl[(undoUrl.LastIndexOf('/') + 1)..]);
        var expired = links.ForToken(links.CreateToken(caseId, "user_ben", DateTimeOffset.UtcNow.AddSeconds(-1)));
        var someoneElses = links.ForToken(links.CreateToken(caseId, "user_ada", DateTimeOffset.UtcNow.AddHours(1)));
        var flipped = links.ForToken(token[..^2] + (token.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA"));

        using var browser = new HttpClient();
        foreach (var (url, status, text) in new[]
        {
            (flipped, HttpStatusCode.Forbidden, DeletionTexts.UndoInvalid),
            (expired, HttpStatusCode.Gone, DeletionTexts.UndoExpired),
            (someoneElses, HttpStatusCode.NotFound, DeletionTexts.UndoNotFound),
        })
        {
            using var page = await browser.GetAsync(url);
            Assert.Equal(status, page.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(text), await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("<form", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(DeletionCaseState.Scheduled, (await Scheduler.GetAsync(caseId, CancellationToken.None))!.State);
        await Scheduler.CancelAsync(caseId, "user:user_ben", CancellationToken.None);
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DeletionReminderJob>().RunAsync(caseId, CancellationToken.None);
        }

        Assert.Empty(Connector.TextsTo("a:ben-undone"));
        Assert.DoesNotContain(await Host.MailsToAsync("ben@example.com"), m => m["subject"]!.GetValue<string>() == DeletionTexts.ReminderSubject(caseId));
        Assert.DoesNotContain((await Scheduler.GetAsync(caseId, CancellationToken.None))!.NoticesSent, n => n.StartsWith("reminder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bob_IsToldWhenAdasDeletionIsScheduledAndWhenItRuns_WithTheAccountNameOnly()
    {
        Host.Settings["Deletion:GracePeriod"] = "00:00:04";
        Host.Settings["Purge:Delay"] = "01:00:00";
        Host.Start();
        await Host.DashboardAsync([.. AdaPrerequisites.Subscriptions, .. AdaPrerequisites.NameserversAndAutoRenew, .. AdaPrerequisites.DnsRecordsAndDomains, .. AdaPrerequisites.PaymentMethod]);

        var requested = await Scheduler.RequestAsync(
            new DeletionRequest("user_ada", ["acct_ada_labs"], null, "ada@example.com", DeletionActors.User("user_ada")), CancellationToken.None);

        var scheduled = await MailAsync("bob@example.com", DeletionTexts.MemberScheduledSubject("Ada Labs"));
        var deleted = await MailAsync("bob@example.com", DeletionTexts.MemberDeletedSubject("Ada Labs"));
        Assert.Equal(DeletionTexts.MemberScheduledBody("Ada Labs", requested.GraceUntil!.Value).ReplaceLineEndings(), scheduled["text_body"]!.GetValue<string>().ReplaceLineEndings().TrimEnd());
        Assert.Equal(DeletionTexts.MemberDeletedBody("Ada Labs").ReplaceLineEndings(), deleted["text_body"]!.GetValue<string>().ReplaceLineEndings().TrimEnd());
        foreach (var mail in new[] { scheduled, deleted })
        {
            var text = mail["subject"]!.GetValue<string>() + mail["text_body"]!.GetValue<string>();
            Assert.DoesNotContain("Lovelace", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ada@example.com", text, StringComparison.Ordinal);
            Assert.DoesNotContain("user_ada", text, StringComparison.Ordinal);
            Assert.DoesNotContain(requested.CaseId, text, StringComparison.Ordinal);
        }

        Assert.Equal(2, (await Host.MailsToAsync("bob@example.com")).Count);
        var recorded = (await Scheduler.GetAsync(requested.CaseId, CancellationToken.None))!;
        Assert.Equal([new AffectedMember("user_bob", "acct_ada_labs", "Ada Labs")], recorded.AffectedMembers);
        Assert.Contains(recorded.NoticesSent, n => n == "member.deleted:acct_ada_labs:user_bob");
        await MailAsync("ada@example.com", DeletionTexts.ScheduledSubject(requested.CaseId));
    }

    /// <summary>ben, vouched for by Teams, goes the fast path to a scheduled deletion; returns the case id.</summary>
    private async Task<string> BenSchedulesInTeamsAsync(string conversationId)
    {
        var ben = new ChannelUser(Host, Credentials, DemoChats.Teams("ben", conversationId, Connector.ServiceUrl), R);
        await BenFastPath.ToInvoicesAsync(ben, R);
        await ben.ClickAsync(CardActions.InvoicesSkip);
        ben.Next(R.Text("can't be retrieved once your account is deleted"), "skip warning");
        ben.Next(R.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode"), "confirmation");
        await ben.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "Ben Baker's Account"), ("oneTimeCode", await Host.ConfirmationCodeAsync("ben@example.com")));
        ben.Next(R.Card(CardActions.DeletionUndo), "scheduled");
        return (await Scheduler.FindActiveAsync("user_ben", CancellationToken.None))!.CaseId;
    }

    /// <summary>Opens the page and reads its form's hidden fields, as a browser would post them.</summary>
    private static async Task<List<KeyValuePair<string, string>>> FormOfAsync(HttpClient browser, string url)
    {
        var html = await browser.GetStringAsync(url);
        return [.. HiddenInput().Matches(html).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))];
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex HiddenInput();
}
