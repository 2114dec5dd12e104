using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Xunit.Abstractions;

namespace Khulnasoft.Bot.FaultTests.Attacks;

/// <summary>
/// Oversized and malformed bodies on every public endpoint of a running host: each is refused with a 4xx and a JSON
/// error (problem+json; Direct Line's own <c>{"error":{code,message}}</c> under /v3/directline, which DirectLineJS
/// reads), never a 500, and the host still answers /healthz afterwards.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class MalformedInputTests(FaultLab lab, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string Oversized = "{\"type\":\"message\",\"text\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

    /// <summary>Bodies no endpoint can accept: broken, the wrong shape, absurdly nested, oversized.</summary>
    private static readonly (string Name, string Body)[] Bodies =
    [
        ("truncated", "{\"type\":\"message\",\"text\":"),
        ("array", "[]"),
        ("null", "null"),
        ("string", "\"message\""),
        ("wrong types", "{\"type\":5,\"conversation\":\"c\",\"from\":[],\"text\":{}}"),
        ("deep nesting", new string('[', 5000) + new string(']', 5000)),
        ("not utf-8", "{\"type\":\"message\",\"text\":\"\u00ff\u00fe\"}"),
        ("oversized", Oversized),
    ];

    public Task InitializeAsync() => lab.HealAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task EveryPublicEndpoint_RefusesBrokenAndOversizedBodiesWithA4xxAndAJsonError_Never500(string environment)
    {
        var host = environment == "Production" ? await lab.ProductionAsync() : lab.B;
        var user = await DirectLineUserClient.StartAsync(host.Http, email: null);
        var token = await user.TokenAsync(host.Http);

        // mustRefuse: a body that is not an activity or request object can only be refused; the others may ignore what
        // they do not know (token parameters are optional, an upload may be any file) but must never fail with a 5xx.
        var endpoints = new (string Path, string? Bearer, bool MustRefuse)[]
        {
            ("/api/messages", null, true),
            ("/v3/directline/tokens/generate", FaultSettings.DirectLineSecret, false),
            ("/v3/directline/tokens/refresh", token, false),
            ("/v3/directline/conversations", token, false),
            ($"/v3/directline/conversations/{user.ConversationId}/activities", token, true),
            ($"/v3/directline/conversations/{user.ConversationId}/upload?userId=visitor", token, false),
            ("/webchat/token", null, false),
            ("/receipts/verify", null, true),
        };
        var failures = new List<string>();

        foreach (var (path, bearer, mustRefuse) in endpoints)
        {
            foreach (var (name, body) in Bodies)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                if (bearer is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                }

                using var response = await host.Http.SendAsync(request);
                var status = (int)response.StatusCode;
                var type = response.Content.Headers.ContentType?.MediaType;
                var refused = status is >= 400 and < 500;
                if (status >= 500 || (mustRefuse && !refused))
                {
                    failures.Add($"POST {path} [{name}]: {status} {type}");
                }
                else if (refused && type is not ("application/problem+json" or "application/json"))
                {
                    failures.Add($"POST {path} [{name}]: {status} with {type ?? "no body"}");
                }
            }
        }

        foreach (var link in new[] { "x", "AAAA.BBBB", new string('a', 5000), "..", "%00" })
        {
            using var response = await host.Http.GetAsync(new Uri("/invoices/files/" + Uri.EscapeDataString(link), UriKind.Relative));
            if ((int)response.StatusCode is < 400 or >= 500)
            {
                failures.Add($"GET /invoices/files/{link[..Math.Min(10, link.Length)]}: {(int)response.StatusCode}");
            }
        }

        output.WriteLine(string.Join("\n", failures));
        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }
}
