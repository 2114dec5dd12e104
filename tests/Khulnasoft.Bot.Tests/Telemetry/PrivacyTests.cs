using System.Diagnostics;
using System.Text.RegularExpressions;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Runtime.Diagnostics;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.Bot.Tests.Conversation.Http;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Telemetry;

/// <summary>
/// What the host exports while ada (Teams, real channel token) goes from "delete my account" through her checklist
/// to a scheduled and executed deletion, and an anonymous visitor proves to be ben by email and one-time code in Web
/// Chat (the built-in Direct Line): no span name, span attribute, span event or log record holds anything they typed,
/// an email address (as typed, lower-cased or URL-encoded) or their names.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed partial class PrivacyTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private readonly Replies _r = new();
    private readonly List<string> _typed = [];

    [Fact]
    public async Task AWholeConversationOfAdaAndBen_ExportsNoMessageTextNoEmailAddressAndNoName_AndDirectLineKeepsTheTrace()
    {
        await using var traced = await TracedHost.StartAsync(redis);

        await AdaDeletesHerAccountInTeamsAsync(traced);
        var ben = await BenProvesWhoHeIsInWebChatAsync(traced);
        ExportedTelemetry.Flush(traced.Host.Services);

        var exported = traced.Telemetry.AllText().ToList();
        Assert.True(exported.Count > 500, $"only {exported.Count} strings were exported");
        string[] secrets =
        [
            .. _typed,
            .. _typed.Where(t => t.Contains('@', StringComparison.Ordinal)).Select(t => Uri.EscapeDataString(t.Trim())),
            "Ada Lovelace", "Ben Baker",
        ];
        Assert.All(secrets, secret => Assert.DoesNotContain(exported, e => e.Text.Contains(secret.Trim(), StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(exported, e => EmailAddress().IsMatch(e.Text));

        var spans = traced.Telemetry.Spans.Snapshot();
        var webChatTurns = spans.Where(s => s.OperationName == BotTelemetry.TurnSpan
            && (string?)s.GetTagItem(BotTelemetry.ConversationHashAttribute) == BotTelemetry.HashConversation("directline", ben.ConversationId)).ToList();
        Assert.True(webChatTurns.Count >= 4, $"{webChatTurns.Count} Web Chat turns");
        var byId = spans.GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());
        Assert.All(webChatTurns.Where(t => t.GetTagItem(BotTelemetry.ActivityTypeAttribute) as string == "message"), turn =>
        {
            var post = byId[turn.ParentSpanId];
            Assert.Equal(ActivityKind.Server, post.Kind);
            Assert.Equal("POST", post.GetTagItem("http.request.method"));
            Assert.Equal("/v3/directline/conversations/{conversationId}/activities", post.GetTagItem("http.route"));
        });
    }

    private async Task AdaDeletesHerAccountInTeamsAsync(TracedHost traced)
    {
        var ada = traced.TeamsUser("ada", "a:ada-private", _r);
        await SayAsync(ada, "delete my account");
        ada.Next(_r.Card("You're signed in as", "ada@example.com", CardActions.IdentityConfirm), "the channel vouches for ada");
        await ada.ClickAsync(CardActions.IdentityConfirm);
        ada.Next(_r.Card("What deleting your account would remove"), "blast radius");
        ada.Next(_r.Card("1 of 8 required steps done"), "checklist");
        ada.Next(_r.Text("Still to do (7)"), "what is left");
        await traced.Host.DashboardAsync([.. AdaPrerequisites.Subscriptions, .. AdaPrerequisites.NameserversAndAutoRenew, .. AdaPrerequisites.DnsRecordsAndDomains, .. AdaPrerequisites.PaymentMethod]);
        await SayAsync(ada, "my cat walked over the keyboard");
        ada.Next(_r.Text("Let's finish the checklist first"), "free text mid-checklist");
        await SayAsync(ada, "re-check");
        ada.Next(_r.Card("8 of 8 required steps done"), "checklist complete");
        ada.Next(_r.Text("Everything required is done"), "moves on");
        ada.Next(_r.Card(CardActions.InvoicesSkip), "invoices");
        await ada.ClickAsync(CardActions.InvoicesSkip);
        ada.Next(_r.Text("can't be retrieved once your account is deleted"), "skip warning");
        ada.Next(_r.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode"), "confirmation");
        var code = await traced.Host.ConfirmationCodeAsync("ada@example.com");
        await ConfirmAsync(ada, "Ada Lab", code);
        ada.Next(_r.Text("That isn't what the card asks for."), "wrong phrase");
        await ConfirmAsync(ada, " ada labs ", code);
        ada.Next(_r.Card(CardActions.DeletionUndo), "scheduled");
        await Eventually.UntilAsync(() => Task.FromResult(traced.Teams.TextsTo("a:ada-private")), t => t.Any(x => x.Contains("has been deleted", StringComparison.Ordinal)), "ada's deletion notice");
    }

    private async Task<DirectLineUser> BenProvesWhoHeIsInWebChatAsync(TracedHost traced)
    {
        var ben = await DirectLineUser.StartAsync(traced.Host, _r, email: null);
        await SayAsync(ben, "delete my account");
        ben.Next(_r.Card(CardActions.DeletionStart), "the welcome, on the visitor's first message");
        ben.Next(_r.Text(IdentityTexts.AskEmail), "ask email");
        await SayAsync(ben, "ben@example.com");
        ben.Next(_r.Text("If an account exists for ben@example.com"), "code sent");
        await SayAsync(ben, "my code has not arrived yet, what now?");
        ben.Rest();
        await Eventually.UntilAsync(() => traced.Host.MailCountAsync("ben@example.com"), n => n == 1, "the code mail");
        await SayAsync(ben, (await traced.Host.LatestCodeAsync("ben@example.com"))!);
        ben.Next(_r.Card("What deleting your account would remove", "Ben Baker"), "verified: blast radius");
        ben.Rest();
        await ben.SendAsync("cancel"); // not checked: the command word is also a segment of the sandbox dashboard's paths
        ben.Next(_r.Text("Okay, I've stopped. Nothing was deleted."), "cancelled");
        return ben;
    }

    private Task SayAsync(ConversationUser user, string text)
    {
        _typed.Add(text);
        return user.SendAsync(text);
    }

    private Task ConfirmAsync(ChannelUser user, string phrase, string code)
    {
        _typed.Add(phrase);
        _typed.Add(code);
        return user.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", phrase), ("oneTimeCode", code));
    }

    [GeneratedRegex(@"[A-Za-z0-9._+-]+(@|%40)[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();
}
