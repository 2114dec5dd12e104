using System.Globalization;
using System.Net;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Conversation;

namespace Khulnasoft.Bot.Tests.Notices;

/// <summary>
/// A case confirmed in German (on Berlin time) gets its scheduled notices in German, against the running host's
/// sandbox mailbox: the user's scheduled email and reminder (dates on Berlin time, the undo link carrying
/// <c>lang=de</c>), the undo page the link opens, and the emails to the other members of the account when the deletion
/// is scheduled and when it has run (the case's language, as the undo notice to members: <c>MemberUndoNoticeTests</c>).
/// The English texts stay as <c>DeletionNoticesTests</c> asserts them.
/// </summary>
public sealed class GermanDeletionNoticeTests : NoticeConversation
{
    private const string Berlin = "Europe/Berlin";

    [Fact]
    public async Task Ben_ConfirmedInGerman_GetsTheScheduledEmail_TheReminder_AndTheUndoPage_InGerman()
    {
        Host.Settings["Deletion:GracePeriod"] = "00:01:00";
        Host.Settings["Deletion:ReminderBefore"] = "00:00:55";
        Host.Start();

        var requested = await Scheduler.RequestAsync(
            new DeletionRequest("user_ben", ["acct_ben"], null, "ben@example.com", DeletionActors.User("user_ben"), Language: new UserLanguage("de-DE", Berlin)),
            CancellationToken.None);
        var runsAt = OnBerlinClock(requested.GraceUntil!.Value);

        var scheduled = await MailAsync("ben@example.com", $"Die Löschung Ihres Khulnasoft-Kontos ist geplant (Vorgang {requested.CaseId})");
        var body = scheduled["text_body"]!.GetValue<string>();
        Assert.Contains("Löschdatum: " + runsAt, body, StringComparison.Ordinal);
        Assert.Contains("Sie können dem Khulnasoft-Assistenten auch „rückgängig“ sagen.", body, StringComparison.Ordinal);
        var undoUrl = UndoUrl().Match(body).Value;
        Assert.EndsWith("?lang=de", undoUrl, StringComparison.Ordinal);

        var reminder = await MailAsync("ben@example.com", $"Erinnerung: Ihr Khulnasoft-Konto wird bald gelöscht (Vorgang {requested.CaseId})");
        Assert.StartsWith($"Erinnerung: Ihr Khulnasoft-Konto wird am {runsAt} gelöscht", reminder["text_body"]!.GetValue<string>(), StringComparison.Ordinal);

        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });
        using (var page = await browser.GetAsync(undoUrl))
        {
            var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
            Assert.Contains($"Die Löschung Ihres Khulnasoft-Kontos (Vorgang {requested.CaseId}) ist für den {runsAt} geplant.", html, StringComparison.Ordinal);
            Assert.Contains(">Meine Löschung abbrechen</button>", html, StringComparison.Ordinal);
            Assert.Contains("schließen Sie einfach diese Seite", html, StringComparison.Ordinal);
        }

        using (var forged = await browser.PostAsync(undoUrl, new FormUrlEncodedContent([])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Contains("deshalb wurde nichts geändert", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(DeletionCaseState.Scheduled, (await Scheduler.GetAsync(requested.CaseId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Bob_IsToldInTheCasesLanguage_WhenAdasGermanDeletionIsScheduled_AndWhenItRuns()
    {
        Host.Settings["Deletion:GracePeriod"] = "00:00:04";
        Host.Settings["Purge:Delay"] = "01:00:00";
        Host.Start();
        await Host.DashboardAsync([.. AdaPrerequisites.Subscriptions, .. AdaPrerequisites.NameserversAndAutoRenew, .. AdaPrerequisites.DnsRecordsAndDomains, .. AdaPrerequisites.PaymentMethod]);

        var requested = await Scheduler.RequestAsync(
            new DeletionRequest("user_ada", ["acct_ada_labs"], null, "ada@example.com", DeletionActors.User("user_ada"), Language: new UserLanguage("de", Berlin)),
            CancellationToken.None);

        var scheduled = await MailAsync("bob@example.com", "Das Khulnasoft-Konto „Ada Labs“ soll gelöscht werden");
        var deleted = await MailAsync("bob@example.com", "Das Khulnasoft-Konto „Ada Labs“ wurde gelöscht");
        Assert.StartsWith(
            $"Das Khulnasoft-Konto „Ada Labs“, dessen Mitglied Sie sind, wird am {OnBerlinClock(requested.GraceUntil!.Value)} gelöscht.",
            scheduled["text_body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith(
            "Das Khulnasoft-Konto „Ada Labs“, dessen Mitglied Sie waren, wurde gelöscht, und Sie wurden daraus entfernt.",
            deleted["text_body"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var mail in new[] { scheduled, deleted })
        {
            var text = mail["subject"]!.GetValue<string>() + mail["text_body"]!.GetValue<string>();
            Assert.DoesNotContain("Lovelace", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ada@example.com", text, StringComparison.Ordinal);
            Assert.DoesNotContain(requested.CaseId, text, StringComparison.Ordinal);
        }

        Assert.Equal(2, (await Host.MailsToAsync("bob@example.com")).Count);
        await MailAsync("ada@example.com", $"Die Löschung Ihres Khulnasoft-Kontos ist geplant (Vorgang {requested.CaseId})");
    }

    /// <summary>The instant as a German reader on Berlin time reads it ("6. Dezember 2026, 15:00 (Europe/Berlin)").</summary>
    private static string OnBerlinClock(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(Berlin)).ToString("d. MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("de-DE")) + " (" + Berlin + ")";
}
