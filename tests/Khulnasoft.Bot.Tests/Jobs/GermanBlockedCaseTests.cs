using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
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
public sealed partial class GermanBlockedCaseTests(RedisServer redis) : IAsyncLifetime
{
    private const string AutoRenewDe = "Deaktivieren Sie die automatische Verlängerung für ";
    private const string PaymentMethodDe = "Löschen Sie die hinterlegte Zahlungsmethode";
    private static readonly JsonSerializerOptions Relaxed = new(Runtime.Schema.BotJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
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

        var paused = (await Eventually.UntilAsync(() => Task.FromResult(host.Email.Sent.ToList()), m => m.Any(IsPausedMail), "the paused mail")).Where(IsPausedMail);
        var mail = Assert.Single(paused);
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

        // The German operator's resume is refused: the blockers, read again live, are named in German.
        var refused = await OperatorResumeAsync(host, requested.CaseId, "de");
        Assert.Contains("ok=false", refused, StringComparison.Ordinal);
        Assert.Contains(AutoRenewDe + "ada.dev; " + PaymentMethodDe, Uri.UnescapeDataString(refused), StringComparison.Ordinal);
        Assert.Equal(DeletionCaseState.Blocked, (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task TheApiRefusesTheDelete_ItsCodesAreStored_AndSaidInGerman_AnUnknownCodeWithTheApisOwnText()
    {
        await using var api = await FakeAccountApi.StartAsync();
        api.RefusedDeletes["usr_cora"] =
        [
            new { code = "contract_account", account_id = "acc_cora", domain = (string?)null, resource_id = "sub_contract", message = "Contract Co is under contract: contact your Customer Success Manager." },
            new { code = "auto_renew_enabled", account_id = "acc_cora", domain = "cora.example", resource_id = "cora.example", message = "Disable auto-renew for cora.example." },
            new { code = "export_pending", account_id = "acc_cora", domain = (string?)null, resource_id = (string?)null, message = "An export is still running." },
        ];
        await using var host = BotTestHost.ForJobs(redis.ConnectionString, BotTestHost.NewPrefix(), api).Start();

        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("usr_cora", ["acc_cora"], JobsHosting.Reference(_channel, "conv-cora-de"), null, DeletionActors.User("usr_cora"),
                Language: new UserLanguage("de", null)),
            CancellationToken.None);
        var blocked = await Eventually.UntilAsync(async () => (await host.Store.GetAsync(requested.CaseId, CancellationToken.None))!, c => c.State == DeletionCaseState.Blocked, "the case to be paused");

        Assert.Equal(1, api.DeleteCalls);
        Assert.Equal(["contract_account", "auto_renew_enabled", "export_pending"], blocked.Blockers.Select(b => b.Code));
        Assert.Equal(("acc_cora", "cora.example", "cora.example"), (blocked.Blockers[1].AccountId, blocked.Blockers[1].Domain, blocked.Blockers[1].ResourceId));
        Assert.Empty(blocked.LegacyUnmetPrerequisites);
        var entry = Assert.Single(await host.Store.GetAuditAsync(requested.CaseId, CancellationToken.None), e => e.Action == "deletion.blocked");
        Assert.Equal("contract_account,auto_renew_enabled,export_pending", entry.Details["codes"]);

        var notice = Assert.Single(await Eventually.UntilAsync(() => Task.FromResult(_channel.ActivitiesTo("conv-cora-de")), a => a.Count > 0, "the paused notice"));
        Assert.Contains("- Das Konto `acc_cora` hat einen Vertrag: Ihr Customer Success Manager schließt es", notice.Text, StringComparison.Ordinal);
        Assert.Contains("- " + AutoRenewDe + "`cora.example`", notice.Text, StringComparison.Ordinal);
        Assert.Contains("- Die Konto-API meldet: An export is still running.", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Disable auto-renew", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("is under contract", notice.Text, StringComparison.Ordinal);
    }

    private static bool IsPausedMail((string To, string Subject, string Body) mail) => mail.Subject == "Die Löschung Ihres Kontos ist angehalten";

    /// <summary>The activity's cards as JSON, umlauts and backticks unescaped.</summary>
    private static string BotJsonText(Runtime.Schema.Activity activity) =>
        string.Concat((activity.Attachments ?? []).Select(a => JsonSerializer.Serialize(a.Content, Relaxed)));

    /// <summary>Posts the case page's resume form (with its anti-forgery token) and returns where it redirects.</summary>
    private static async Task<string> OperatorResumeAsync(BotTestHost host, string caseId, string acceptLanguage)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        var page = await client.GetStringAsync("/ops/cases/" + caseId);
        var token = TokenField().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", token)]);
        using var response = await client.PostAsync(new Uri($"/ops/cases/{caseId}/resume", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static async Task<string> CasePageAsync(BotTestHost host, string caseId, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ops/cases/" + caseId);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
