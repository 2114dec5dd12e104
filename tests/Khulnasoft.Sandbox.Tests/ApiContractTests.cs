using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Sandbox.Tests;

/// <summary>
/// The contract between docs/khulnasoft-api.md, the sandbox and the bot's account API client. For every row of the
/// document's path table the bot's real client calls the sandbox over HTTP (one item per page, so lists span pages);
/// each raw answer must have the envelope and exactly the fields the document lists for its type, the request must
/// be the documented method and path, and the client must read back every field of the answer. The document's
/// JSON examples must be what the sandbox answers for the same calls.
/// </summary>
public sealed partial class ApiContractTests
{
    /// <summary>One client call per row of the document's path table, in the document's order.</summary>
    private static readonly Dictionary<string, Func<KhulnasoftApiClient, Task<object?>>> Calls = new()
    {
        ["find users by email"] = async c => await c.FindUsersByEmailAsync("ada@example.com"),
        ["find users by Entra identity"] = async c => await c.FindUsersByEntraIdentityAsync(DemoUsers.Tenant, DemoUsers.Ada.AadObjectId),
        ["a user"] = async c => await c.GetUserAsync("user_ada"),
        ["memberships"] = async c => await c.GetMembershipsAsync("user_bob"),
        ["an account"] = async c => await c.GetAccountAsync("acct_ada_labs"),
        ["members"] = async c => await c.GetAccountMembersAsync("acct_ada_labs"),
        ["SSO connectors"] = async c => await c.GetSsoConnectorsAsync("acct_ssocorp"),
        ["subscriptions"] = async c => await c.GetSubscriptionsAsync("acct_ada_labs"),
        ["cancel a subscription"] = async c => await c.CancelSubscriptionAsync("acct_ada_labs", "sub_ada_dev_argo"),
        ["CSM"] = async c => await c.GetCustomerSuccessManagerAsync("acct_contract_co"),
        ["zones"] = async c => await c.GetZonesAsync("acct_ada_labs"),
        ["DNS records"] = async c => await c.GetDnsRecordsAsync("zone_ada_dev"),
        ["remove a zone"] = async c => await c.RemoveZoneAsync("zone_ssocorp"),
        ["registrar domains"] = async c => await c.GetRegistrarDomainsAsync("acct_ada_labs"),
        ["change auto-renew"] = async c => await c.SetAutoRenewAsync("acct_ada_labs", "ada.dev", autoRenew: false),
        ["billing profile"] = async c => await c.GetBillingProfileAsync("acct_ada_labs"),
        ["delete the payment method"] = async c => await c.DeletePaymentMethodAsync("acct_ssocorp"),
        ["invoices"] = async c => await c.GetInvoicesAsync("acct_ada_labs"),
        ["invoice PDF"] = async c => await c.GetInvoicePdfAsync("acct_ada_labs", "inv_ada_2026_10"),
        ["legal holds"] = async c => await c.GetLegalHoldsAsync("user_lee"),
        ["lift a legal hold"] = async c => await c.LiftLegalHoldAsync("user_lee", "hold_lee_litigation"),
        ["delete a user"] = async c => await c.DeleteUserAsync("user_ben", "contract-delete-ben"),
        ["purge a user"] = async c => await c.PurgeUserAsync("user_ben", "contract-purge-ben"),
    };

    private static ApiDocument Doc => ApiDocument.Load;

    [Fact]
    public void EveryDocumentedPath_HasAClientCallInThisTest()
    {
        Assert.Equal(Doc.Paths.Select(p => p.Call).Order(), Calls.Keys.Order());
    }

    [Fact]
    public async Task EveryDocumentedCall_AnswersTheDocumentedShape_AndTheBotsClientReadsEveryField()
    {
        var exchanges = new ConcurrentQueue<RecordedExchange>();
        await using var host = await SandboxHost.StartAsync(pageSize: 1, services => services.AddHttpClient(KhulnasoftApiClient.HttpClientName)
            .AddHttpMessageHandler(sp => new RecordingHandler(new Uri(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<KhulnasoftApiOptions>>().Value.ApiBaseUrl), exchanges)));

        foreach (var path in Doc.Paths)
        {
            exchanges.Clear();
            var read = await Calls[path.Call](host.Client);
            var answers = exchanges.ToList();

            Assert.NotEmpty(answers);
            Assert.All(answers, a => Assert.True(path.Matches(a.Method, a.Path, a.Query), $"{path.Call}: the client sent {a.Method} {a.Path}{a.Query}, the document says {path.Method} {path.PathTemplate}{path.Query}"));
            Assert.All(answers, a => Assert.Equal(200, a.Status));
            if (path.Call == "invoice PDF")
            {
                var pdf = Assert.IsType<InvoicePdf>(read);
                var answer = Assert.Single(answers);
                Assert.Equal("application/pdf", answer.ContentType);
                Assert.Contains("attachment", answer.ContentDisposition, StringComparison.Ordinal);
                Assert.Contains($"filename={pdf.FileName}", answer.ContentDisposition, StringComparison.Ordinal);
                Assert.Equal("KS-2026-1001.pdf", pdf.FileName);
                continue;
            }

            var envelopes = answers.Select(a => JsonNode.Parse(a.Body)!.AsObject()).ToList();
            Assert.All(envelopes, e => AssertEnvelope(e, path.IsList, path.Call));
            JsonNode? result = path.IsList
                ? new JsonArray([.. envelopes.SelectMany(e => e["result"]!.AsArray()).Select(i => i!.DeepClone())])
                : envelopes.Single()["result"]!.DeepClone();
            if (path.IsList)
            {
                Assert.True(result!.AsArray().Count > 0, $"{path.Call}: the demo data should give at least one item");
                Assert.All(result.AsArray(), item => AssertShape(path.ResultType!, item!.AsObject(), path.Call));
            }
            else if (path.ResultType is not null)
            {
                AssertShape(path.ResultType, result!.AsObject(), path.Call);
            }
            else
            {
                AssertSameKeys(ExampleFor(path), result!.AsObject(), path.Call);
            }

            var readBack = JsonSerializer.SerializeToNode(read, read!.GetType(), AccountApiJson.Options);
            Assert.True(JsonNode.DeepEquals(WithoutNulls(result), readBack), $"{path.Call}: the client read {readBack?.ToJsonString()} from {result?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task DeletingAdaBeforeThePrerequisites_AnswersThe409OfTheDocument_AndTheClientReadsEveryPrerequisite()
    {
        var example = Doc.Examples.Single(e => e["errors"] is JsonArray { Count: > 0 } errors && errors[0]!["code"]!.GetValue<string>() == "prerequisites_unmet").AsObject();
        await using var host = await SandboxHost.StartAsync();

        using var response = await host.Sandbox.Api.DeleteAsync(new Uri("users/user_ada", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var clientSaw = await Assert.ThrowsAsync<PrerequisitesUnmetException>(() => host.Client.DeleteUserAsync("user_ada", "k"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(body["success"]!.GetValue<bool>());
        Assert.Equal("prerequisites_unmet", body["errors"]![0]!["code"]!.GetValue<string>());
        Assert.StartsWith(example["errors"]![0]!["message"]!.GetValue<string>().Replace("...", "", StringComparison.Ordinal), body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var unmet = body["result"]!["unmet_prerequisites"]!.AsArray();
        Assert.True(JsonNode.DeepEquals(example["result"]!["unmet_prerequisites"]![0], unmet[0]), unmet[0]!.ToJsonString());
        Assert.All(unmet, u => AssertSameKeys(example["result"]!["unmet_prerequisites"]![0]!.AsObject(), u!.AsObject(), "unmet prerequisite"));
        Assert.True(JsonNode.DeepEquals(WithoutNulls(unmet), JsonSerializer.SerializeToNode(clientSaw.Unmet, AccountApiJson.Options)));
        var codes = Regex.Matches(Doc.Text, @"^\| `([a-z_]+)` \| ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.All(unmet, u => Assert.Contains(u!["code"]!.GetValue<string>(), codes));
    }

    [Fact]
    public async Task DeletingAdaAfterThePrerequisites_AnswersTheDeletionOfTheDocument()
    {
        var example = Doc.Examples.Single(e => e["deleted_accounts"] is not null);
        await using var host = await SandboxHost.StartAsync();
        await host.Client.CancelSubscriptionAsync("acct_ada_labs", "sub_ada_dev_pro");
        await host.Client.CancelSubscriptionAsync("acct_ada_labs", "sub_ada_dev_argo");
        await host.PostFormAsync("/sandbox/dash/zones/zone_ada_dev/nameservers-changed");
        await host.PostFormAsync("/sandbox/dash/zones/zone_adashop_com/dns-records-moved");
        await host.Client.RemoveZoneAsync("zone_ada_dev");
        await host.Client.RemoveZoneAsync("zone_adashop_com");
        await host.Client.SetAutoRenewAsync("acct_ada_labs", "ada.dev", autoRenew: false);
        await host.Client.DeletePaymentMethodAsync("acct_ada_labs");

        using var response = await host.Sandbox.Api.DeleteAsync(new Uri("users/user_ada", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(example, body["result"]), body["result"]!.ToJsonString());
    }

    [Fact]
    public async Task EveryDocumentedPath_WithAnUnknownId_AnswersA404Envelope()
    {
        await using var host = await SandboxHost.StartAsync();

        foreach (var path in Doc.Paths.Where(p => p.PathTemplate.Contains('{', StringComparison.Ordinal) && p.Method != "PUT"))
        {
            var concrete = Regex.Replace(path.PathTemplate, @"\{[a-z_]+}", "nope").TrimStart('/');
            using var request = new HttpRequestMessage(new HttpMethod(path.Method), new Uri(concrete, UriKind.Relative));
            using var response = await host.Sandbox.Api.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path.Call}: {response.StatusCode}");
            Assert.False(body["success"]!.GetValue<bool>());
            Assert.Equal("not_found", body["errors"]![0]!["code"]!.GetValue<string>());
        }
    }

    private static void AssertEnvelope(JsonObject envelope, bool isList, string call)
    {
        var example = Doc.Examples.Single(e => e["result_info"] is not null).AsObject();
        var expected = example.Select(p => p.Key).Where(k => isList || k != "result_info").Order();
        Assert.True(expected.SequenceEqual(envelope.Select(p => p.Key).Order()), $"{call}: the envelope has [{string.Join(", ", envelope.Select(p => p.Key))}]");
        Assert.True(envelope["success"]!.GetValue<bool>(), call);
        Assert.Empty(envelope["errors"]!.AsArray());
        if (isList)
        {
            AssertSameKeys(example["result_info"]!.AsObject(), envelope["result_info"]!.AsObject(), call + " result_info");
        }
    }

    /// <summary>Exactly the fields the resource table lists for <paramref name="type"/>, and those of its objects.</summary>
    private static void AssertShape(string type, JsonObject item, string call)
    {
        var fields = Doc.Resources[type];
        Assert.True(fields.Keys.Order().SequenceEqual(item.Select(p => p.Key).Order()),
            $"{call}: {type} has [{string.Join(", ", item.Select(p => p.Key))}], the document lists [{string.Join(", ", fields.Keys)}]");
        foreach (var (field, subFields) in fields)
        {
            if (subFields is not null && item[field] is JsonObject nested)
            {
                Assert.True(subFields.Order().SequenceEqual(nested.Select(p => p.Key).Order()), $"{call}: {type}.{field} has [{string.Join(", ", nested.Select(p => p.Key))}]");
            }
        }
    }

    private static void AssertSameKeys(JsonObject expected, JsonObject actual, string what) =>
        Assert.True(expected.Select(p => p.Key).Order().SequenceEqual(actual.Select(p => p.Key).Order()),
            $"{what}: [{string.Join(", ", actual.Select(p => p.Key))}], the document shows [{string.Join(", ", expected.Select(p => p.Key))}]");

    /// <summary>The document's example result for a call without a resource type (deletion, purge).</summary>
    private static JsonObject ExampleFor(ApiPath path)
    {
        if (path.ResultText.StartsWith("deletion", StringComparison.Ordinal))
        {
            return Doc.Examples.Single(e => e["deleted_accounts"] is not null).AsObject();
        }

        var purge = PurgeExample().Match(Doc.Text);
        Assert.True(purge.Success, "docs/khulnasoft-api.md has no purge result example");
        return JsonNode.Parse(purge.Groups[1].Value)!.AsObject();
    }

    private static JsonNode? WithoutNulls(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, WithoutNulls(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(WithoutNulls)]),
        _ => node?.DeepClone(),
    };

    [GeneratedRegex(@"### Purging a user.*?Result\s+`(\{[^`]*\})`", RegexOptions.Singleline)]
    private static partial Regex PurgeExample();
}
