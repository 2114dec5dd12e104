using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>
/// Uploads are bounded: per conversation (files and bytes, shared by every instance through Redis) and per client
/// address (the ASP.NET Core rate limiter). A refused upload gets 413 or 429 with Retry-After and a problem+json,
/// and nothing of it is stored.
/// </summary>
[Collection(DirectLineRedisCollection.Name)]
public sealed class DirectLineUploadLimitTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:dl:";
    private readonly List<IAsyncDisposable> _disposables = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var disposable in Enumerable.Reverse(_disposables))
        {
            await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task ConversationFileQuota_RefusesTheNextUploadWith413_AndStoresNothingOfIt()
    {
        var host = await StartAsync(new() { ["DirectLine:MaxConversationUploadFiles"] = "2" });
        var client = new DirectLineTestClient(host);
        var (conversationId, token, _) = await client.StartConversationAsync("dl_ada");

        using var first = await UploadAsync(host, conversationId, token, 100);
        using var second = await UploadAsync(host, conversationId, token, 100);
        var keysBefore = await AttachmentKeysAsync();
        using var third = await UploadAsync(host, conversationId, token, 100);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await AssertProblemAsync(third, HttpStatusCode.RequestEntityTooLarge, "UploadQuotaExceeded");
        Assert.Equal(keysBefore, await AttachmentKeysAsync());
        Assert.Equal(2, await UserActivitiesAsync(client, conversationId, token));
    }

    [Fact]
    public async Task ConversationByteQuota_IsSharedByInstances()
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:MaxConversationUploadBytes"] = "4096" };
        var a = await StartAsync(settings);
        var b = await StartAsync(settings);
        var clientA = new DirectLineTestClient(a);
        var (conversationId, token, _) = await clientA.StartConversationAsync("dl_ada");

        using var onA = await UploadAsync(a, conversationId, token, 3000);
        var keysBefore = await AttachmentKeysAsync();
        using var onB = await UploadAsync(b, conversationId, token, 3000);
        using var smallOnB = await UploadAsync(b, conversationId, token, 1000);

        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        await AssertProblemAsync(onB, HttpStatusCode.RequestEntityTooLarge, "UploadQuotaExceeded");
        Assert.Equal(HttpStatusCode.OK, smallOnB.StatusCode);
        Assert.Equal(keysBefore.Count + 1, (await AttachmentKeysAsync()).Count);
        Assert.Equal(2, await UserActivitiesAsync(clientA, conversationId, token));
    }

    [Fact]
    public async Task UploadsPerClientAddress_AreRateLimitedWith429()
    {
        var host = await StartAsync(new() { ["DirectLine:UploadRequestsPerMinute"] = "2" });
        var client = new DirectLineTestClient(host);
        var (one, tokenOne, _) = await client.StartConversationAsync("dl_ada");
        var (two, tokenTwo, _) = await client.StartConversationAsync("dl_bob");

        using var first = await UploadAsync(host, one, tokenOne, 10);
        using var second = await UploadAsync(host, two, tokenTwo, 10);
        var keysBefore = await AttachmentKeysAsync();
        using var third = await UploadAsync(host, one, tokenOne, 10);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await AssertProblemAsync(third, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.Equal(keysBefore, await AttachmentKeysAsync());
        Assert.Equal(1, await UserActivitiesAsync(client, one, tokenOne));
    }

    [Theory]
    [InlineData("DirectLine:MaxConversationUploadFiles", "0")]
    [InlineData("DirectLine:MaxConversationUploadBytes", "10")]
    [InlineData("DirectLine:UploadRequestsPerMinute", "0")]
    [InlineData("DirectLine:TokenRequestsPerMinute", "-1")]
    public async Task BadLimit_StopsTheHostAtStartUp(string key, string value)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => DirectLineTestHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    private async Task<DirectLineTestHost> StartAsync(Dictionary<string, string?> settings)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        _disposables.Add(connection);
        settings["DirectLine:RedisKeyPrefix"] = _prefix;
        var host = await DirectLineTestHost.StartAsync(connection, settings: settings);
        _disposables.Add(host);
        return host;
    }

    private static Task<HttpResponseMessage> UploadAsync(DirectLineTestHost host, string conversationId, string token, int bytes)
    {
        var content = new ByteArrayContent(new byte[bytes]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        return host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, $"conversations/{conversationId}/upload?userId=dl_ada", token, content));
    }

    private async Task<List<string>> AttachmentKeysAsync()
    {
        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var keys = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: _prefix + "att:*"))
        {
            keys.Add(key.ToString());
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    private static async Task<int> UserActivitiesAsync(DirectLineTestClient client, string conversationId, string token)
    {
        var (activities, _) = await client.GetActivitiesAsync(conversationId, token);
        return activities.Count(a => a!["from"]?["role"]?.GetValue<string>() == "user");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["detail"]?.GetValue<string>()));
        Assert.Equal(code, problem["error"]!["code"]!.GetValue<string>());
    }
}
