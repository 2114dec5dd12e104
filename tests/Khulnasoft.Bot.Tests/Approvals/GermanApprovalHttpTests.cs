using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.TestSupport;
using static Khulnasoft.Bot.Tests.Approvals.ApprovalHosting;
using static Khulnasoft.Bot.Tests.Approvals.TeamsActivities;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>
/// The approver's side in German, over HTTP with real channel tokens: sam's request is made in a German turn
/// (<c>Conversation:DefaultCulture</c> = de), so what the bot sends the approvers outside their own turns (the card,
/// the reminder, the replaced card, the reminder mail) is German; an approver's own turn follows their locale.
/// </summary>
[Collection(ApprovalsRedisCollection.Name)]
public sealed class GermanApprovalHttpTests(RedisServer redis) : TeamsChannelTest
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";

    [Fact]
    public async Task ARequestMadeInGerman_TheTeamsCardReminderAndExpiredCardAreGerman_GracesOwnEnglishTurnIsEnglish()
    {
        await using var host = BotTestHost.ForApprovals(redis, Channel, Tokens)
            .WithSetting("Conversation:DefaultCulture", "de")
            .WithSetting("Approvals:ReminderAfter", "00:00:01")
            .WithSetting("Approvals:ExpireAfter", "00:00:04")
            .Start();

        var (deletionCase, _) = await host.SamAsksAsync();

        Assert.Equal("de", (await host.Approvals.GetAsync(deletionCase.CaseId, CancellationToken.None))!.Culture);
        var (_, graceChat) = Assert.Single(Channel.Created);
        var posted = Channel.ActivitiesTo(graceChat)[0];
        var card = CardOf(posted);
        Assert.StartsWith("Sam Singh bittet Sie", posted.Text, StringComparison.Ordinal);
        Assert.Contains("Anfrage zur Kontolöschung", TextOf(card), StringComparison.Ordinal);
        Assert.Contains("Wartet auf die Freigabe durch Grace Hopper.", TextOf(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Account deletion request", card.ToJsonString(), StringComparison.Ordinal);
        var cardId = Channel.ActivityIdOf[posted];

        await Eventually.UntilAsync(() => host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None), c => c!.State == DeletionCaseState.Expired, "the expiry");
        var reminder = Channel.ActivitiesTo(graceChat)[1];
        Assert.StartsWith("Erinnerung: Die Anfrage von Sam Singh", reminder.Text, StringComparison.Ordinal);
        var update = await Eventually.UntilAsync(() => Task.FromResult(Channel.Updated.FirstOrDefault(u => u.ActivityId == cardId)), u => u.Activity is not null, "the card update");
        Assert.Equal("Die Löschanfrage von Sam Singh ist unbeantwortet abgelaufen.", update.Activity!.Text);
        var expired = CardOf(update.Activity);
        Assert.Contains("Unbeantwortet abgelaufen am", TextOf(expired), StringComparison.Ordinal);

        // Grace's own turn speaks her client's language (English), whatever the request was made in.
        var refresh = Execute(Channel.ServiceUrl, graceChat, DemoUsers.Grace.AadObjectId, DemoUsers.Grace.Name, "approval.refresh",
            new JsonObject { ["action"] = "approval.refresh", ["requestId"] = (await host.Approvals.GetAsync(deletionCase.CaseId, CancellationToken.None))!.RequestId, ["caseId"] = deletionCase.CaseId },
            cardId, trigger: "automatic");
        refresh["locale"] = "en-US";
        var (status, body) = await host.PostAsync(refresh);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Expired unanswered at", TextOf(body!["value"]), StringComparison.Ordinal);

        var report = await AdaptiveCardValidator.ValidateAsync([("german approval card", card), ("german expired card", expired), ("english view", body["value"]!)], "1.5");
        Assert.True(report.Ok, report.Describe());
    }

    [Fact]
    public async Task GraceWithoutTeams_GetsTheGermanReminderMail_AndTheGermanWebChatCard()
    {
        await using var host = BotTestHost.ForApprovals(redis, Channel).WithSeed(DemoSeedEdits.GraceWithoutTeams)
            .WithSetting("Conversation:DefaultCulture", "de")
            .WithSetting("Approvals:ReminderAfter", "00:00:01")
            .Start();
        var client = host.Http;

        await host.SamAsksAsync();

        // The first mail goes out in sam's turn; the reminder from the job, which speaks the request's language.
        var mails = await Eventually.UntilAsync(() => host.MailsToAsync("grace@ssocorp.example"), m => m.Count == 2, "the reminder mail");
        Assert.All(mails, m => Assert.Equal("Freigabe nötig: Sam Singh möchte das eigene Khulnasoft-Konto löschen", m["subject"]!.GetValue<string>()));
        Assert.Single(mails, m => m["text_body"]!.GetValue<string>().Contains("Dies ist eine Erinnerung: Sam Singh (sam@ssocorp.example) möchte", StringComparison.Ordinal));

        var grace = await WebChatUser.SignInAsync(client, "grace@ssocorp.example");
        await grace.SayAsync("Freigabeanfragen");
        var card = (await grace.BotActivitiesAsync())[^1]["attachments"]![0]!["content"]!.AsObject();
        Assert.Equal("Freigeben", FindSubmit(card, "approval.approve")!["title"]!.GetValue<string>());
        Assert.Contains("Warum lehnen Sie diese Anfrage ab?", card.ToJsonString(), StringComparison.Ordinal);
        Assert.StartsWith("Anfrage zur Kontolöschung.", card["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
        var report = await AdaptiveCardValidator.ValidateAsync([("german web chat approval card", card)], "1.6", ["Action.Execute"]);
        Assert.True(report.Ok, report.Describe());
    }

    private static JsonObject CardOf(Khulnasoft.Bot.Runtime.Schema.Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments ?? []);
        Assert.Equal(CardType, attachment.ContentType);
        return Assert.IsType<JsonObject>(attachment.Content);
    }
}
