using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Tests.Hosting;

namespace Khulnasoft.Bot.Tests.DirectLine;

/// <summary>
/// Anyone can mint an anonymous Web Chat token, so the real host (Kestrel, loopback) limits how many one client
/// address mints per minute: past <c>DirectLine:TokenRequestsPerMinute</c> it answers 429 with Retry-After and a
/// problem+json, and the refused call mints nothing.
/// </summary>
public sealed class WebChatTokenLimitTests
{
    [Fact]
    public async Task AnonymousTokens_PastThePerAddressLimit_Get429WithRetryAfter()
    {
        await using var host = new BotTestHost { Settings = { ["DirectLine:TokenRequestsPerMinute"] = "3" } };
        using var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var minted = await client.PostAsJsonAsync("/webchat/token", new { });
            statuses.Add(minted.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/webchat/token", new { });
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, problem!["status"]!.GetValue<int>());
        Assert.Null(problem["token"]);
    }
}
