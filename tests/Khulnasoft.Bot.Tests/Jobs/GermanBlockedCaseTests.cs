using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// What blocks a paused case is said in the reader's language: ada confirmed in German, her deletion job finds
/// auto-renew of ada.dev still on and a payment method still on file in the embedded sandbox, and she reads both in
/// German in the paused notice (its text, its status card and the mail); an operator whose browser asks for German
/// reads them in German on the console's case page, one who asks for English in English — the same stored case.
/// </summary>
[Collection(JobsRedisCollection.Name)]
public sealed class GermanBlockedCaseTests(RedisServer redis) : IAsyncLifetime
{
    private const string AutoRenewDe = "Deaktivieren Sie die automatische Verlängerung für ";
    private const string PaymentMethodDe = "Löschen Sie die hinterlegte Zahlungsmethode";
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task GermanAda_BlockedByAutoRenewAndPaymentMethod_ReadsWhatBlocksInGerman_AndEachOperatorInTheirLanguage()
    {
        await using var host = BotTestHost.ForJobs(redis.ConnectionString, BotTestHost.NewPrefix(), api: null).Start();
        await host.DashboardAsync([.. AdaPrerequisites.Subscriptions, "zones/zone_ada_dev/nameservers-changed", .. AdaPrerequisites.DnsRecordsAndDomains]);

        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("user_ada", ["acct_ada_labs"], JobsHosting.Reference(_channel, "conv-ada-de"), "ada@example.com", DeletionActors.User("user_ada"),
                Language: new UserLanguage("de-DE", null)),
            CancellationToken.None);
        await Eventually.UntilAsync(async () => (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!, c => c.State == DeletionCaseState.Blocked, "the case to be paused");

        var notice = Assert.Single(await Eventually.UntilAsync(() => Task.FromResult(_channel.ActivitiesTo("conv-ada-de")), a => a.Count > 0, "the paused notice"));
        Assert.Contains(AutoRenewDe + ChatText.Code("ada.dev"), notice.Text, StringComparison.Ordinal);
        Assert.Contains(PaymentMethodDe, notice.Text, StringComparison.Ordinal);
        var card = BotJsonText(notice);
        Assert.Contains(AutoRenewDe, card, StringComparison.Ordinal);
        Assert.Contains(PaymentMethodDe, card, StringComparison.Ordinal);
        Assert.DoesNotContain("Turn off auto-renew", notice.Text + card, StringComparison.Ordinal);
        Assert.DoesNotContain("payment method on file", notice.Text + card, StringComparison.Ordinal);

        var mail = Assert.Single(await Eventually.UntilAsync(() => Task.FromResult(host.Email.Sent.ToList()), m => m.Count > 0, "the paused mail"));
        Assert.Contains(AutoRenewDe + ChatText.Code("ada.dev"), mail.Body, StringComparison.Ordinal);
        Assert.Contains(PaymentMethodDe, mail.Body, StringComparison.Ordinal);

        var german = await CasePageAsync(host, requested.CaseId, "de-DE,de;q=0.9");
        Assert.Contains("<li>" + AutoRenewDe + "ada.dev</li>", german, StringComparison.Ordinal);
        Assert.Contains("<li>" + PaymentMethodDe + "</li>", german, StringComparison.Ordinal);
        Assert.DoesNotContain("Turn off auto-renew", german, StringComparison.Ordinal);

        var english = await CasePageAsync(host, requested.CaseId, "en-US,en;q=0.9");
        Assert.Contains("<li>Turn off auto-renew for ada.dev</li>", english, StringComparison.Ordinal);
        Assert.Contains("<li>Delete the payment method on file</li>", english, StringComparison.Ordinal);
        Assert.DoesNotContain(AutoRenewDe, english, StringComparison.Ordinal);
    }

    /// <summary>Every string in the activity's cards, joined (the card's JSON would escape the umlauts).</summary>
    private static string BotJsonText(Runtime.Schema.Activity activity) =>
        string.Join('\n', (activity.Attachments ?? []).SelectMany(a => Strings(JsonSerializer.SerializeToNode(a.Content, Runtime.Schema.BotJson.Options))));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static async Task<string> CasePageAsync(BotTestHost host, string caseId, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ops/cases/" + caseId);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
