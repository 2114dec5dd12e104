using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Dns;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Tests.Localization;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// How a paused case keeps what blocks it: a case stored before blockers were codes (English sentences under
/// <c>unmetPrerequisites</c>) still loads from Redis and shows its sentences as they were stored; a case stored now
/// keeps codes and names (and the DNS evidence) and reads the same after a round trip through the storage's JSON.
/// </summary>
[Collection(JobsRedisCollection.Name)]
public sealed class StoredBlockersTests(RedisServer redis)
{
    private const string OldSentence = "Turn off auto-renew for `ada.dev`";

    /// <summary>A paused case as the bot stored it before <see cref="DeletionCase.Blockers"/> existed.</summary>
    private static string OldCaseJson(string caseId) => $$"""
        {
          "caseId": "{{caseId}}", "userId": "user_ada", "accountIds": ["acct_ada_labs"], "state": "Blocked",
          "createdAt": "2026-03-02T09:00:00+00:00", "graceUntil": "2026-03-03T09:00:00+00:00", "culture": "de",
          "attempts": 0, "deleteCalled": false,
          "unmetPrerequisites": ["{{OldSentence}}", "Delete the payment method on file"],
          "deletedAccountIds": [], "removedMemberCount": 0, "noticesSent": [], "affectedMembers": [], "approvedBy": [],
          "history": [
            { "from": "Requested", "to": "Scheduled", "at": "2026-03-02T09:00:00+00:00", "actor": "user:user_ada" },
            { "from": "Scheduled", "to": "Deleting", "at": "2026-03-03T09:00:01+00:00", "actor": "job:deletion" },
            { "from": "Deleting", "to": "Blocked", "at": "2026-03-03T09:00:02+00:00", "actor": "job:deletion", "note": "prerequisites reappeared" }
          ]
        }
        """;

    [Fact]
    public async Task AnOldCaseInRedis_WithEnglishSentences_LoadsAndShowsThemAsStored_OnTheCardTheNoticeAndTheConsole()
    {
        await using var host = BotTestHost.ForJobs(redis.ConnectionString, BotTestHost.NewPrefix(), api: null).Start();
        var caseId = DeletionCaseIds.New();
        await host.Services.GetRequiredService<IStorage>().WriteAsync(
            new Dictionary<string, object> { [DeletionKeys.Case(caseId)] = JsonNode.Parse(OldCaseJson(caseId))!.AsObject() }, CancellationToken.None);

        var old = await host.Store.GetAsync(caseId, CancellationToken.None);

        Assert.Equal(DeletionCaseState.Blocked, old!.State);
        Assert.Empty(old.Blockers);
        Assert.Equal([OldSentence, "Delete the payment method on file"], old.LegacyUnmetPrerequisites);
        var (card, body) = InCulture.Read("de", () => (
            CaseStatusCards.Build(old, CardHost.WebChat).ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            DeletionMessages.For(DeletionNotice.Blocked, old, "https://bot.example/receipts/verify").Body));
        Assert.Contains(OldSentence, card, StringComparison.Ordinal);
        Assert.Contains("- " + OldSentence + "\n- Delete the payment method on file", body, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/ops/cases/" + caseId);
        request.Headers.AcceptLanguage.ParseAdd("de");
        using var page = await host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<li>" + OldSentence + "</li>", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        old.ClearBlockers();
        Assert.Empty(old.LegacyUnmetPrerequisites);
    }

    [Fact]
    public void ANewCase_KeepsCodesNamesAndDnsEvidence_ThroughTheStoragesJson_AndReadsTheSameAfterwards()
    {
        var dns = new ZoneDnsCheck("ada.dev", false, DnsCheckOutcome.StillAtKhulnasoft, ["kai.ns.khulnasoft.com", "lola.ns.khulnasoft.com"], [], null, true,
            new DateTimeOffset(2026, 3, 3, 17, 55, 0, TimeSpan.Zero));
        var stored = new DeletionCase
        {
            CaseId = "del_stored", UserId = "user_ada", State = DeletionCaseState.Blocked,
            Blockers =
            [
                new CaseBlocker(UnmetCodes.ActiveSubscription, "acct_ada_labs", "ada.dev", "sub_ada_dev_pro", "Pro Plan"),
                new CaseBlocker(UnmetCodes.NameServersPointing, "acct_ada_labs", "ada.dev", "zone_ada_dev", Dns: dns),
                new CaseBlocker(UnmetCodes.PaymentMethodOnFile, "acct_ada_labs"),
            ],
        };

        var json = JsonSerializer.SerializeToNode(stored, StorageJson.Options)!;
        var loaded = json.Deserialize<DeletionCase>(StorageJson.Options)!;

        Assert.Equal("nameservers_pointing", (string)json["blockers"]![1]!["code"]!);
        Assert.Equal("StillAtKhulnasoft", (string)json["blockers"]![1]!["dns"]!["outcome"]!);
        Assert.Equal(stored.Blockers.Select(b => (b.Code, b.AccountId, b.Domain, b.ResourceId, b.Name)), loaded.Blockers.Select(b => (b.Code, b.AccountId, b.Domain, b.ResourceId, b.Name)));
        foreach (var culture in new[] { "en", "de" })
        {
            var before = InCulture.Read(culture, () => BlockerTexts.Of(stored, ChatText.Code));
            Assert.Equal(before, InCulture.Read(culture, () => BlockerTexts.Of(loaded, ChatText.Code)));
        }

        var german = InCulture.Read("de", () => BlockerTexts.Of(loaded, ChatText.Code));
        Assert.Equal(3, german.Count);
        Assert.Equal("Kündigen Sie das Abonnement Pro Plan für `ada.dev`", german[0]);
        Assert.StartsWith(
            "Entfernen Sie die Nameserver von Khulnasoft für `ada.dev` bei Ihrem Registrar: `ada.dev` ist noch an `kai.ns.khulnasoft.com`, `lola.ns.khulnasoft.com` delegiert (im DNS geprüft um 17:55 UTC).",
            german[1], StringComparison.Ordinal);
        Assert.Equal("Löschen Sie die hinterlegte Zahlungsmethode", german[2]);
    }
}
