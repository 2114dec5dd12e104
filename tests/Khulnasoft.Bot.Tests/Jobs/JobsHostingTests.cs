using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>The host's guards: the dashboard and operator export over real HTTP, and Production's refusals.</summary>
[Collection(JobsRedisCollection.Name)]
public sealed class JobsHostingTests(RedisServer redis) : IAsyncLifetime
{
    private const string Password = "correct-horse-battery-staple";
    private FakeAccountApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeAccountApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/jobs/scheduled")]
    [InlineData("/ops/cases/del_aaaaaaaaaaaaaaaaaaaaaaaaaa/audit")]
    public async Task OperatorSurfaces_OutsideDevelopmentWithoutCredentials_AreRefused(string path)
    {
        await using var host = StagingHost();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_WithTheConfiguredCredentials_Opens()
    {
        await using var host = StagingHost();
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:" + Password)));

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hangfire", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditExport_WithCredentials_IsJsonLinesEndingWithAValidVerification()
    {
        await using var host = StagingHost();
        var requested = await host.Scheduler.RequestAsync(new DeletionRequest("usr_export", ["acc_export"], null, "x@example.com", "user:usr_export"), CancellationToken.None);
        await host.Scheduler.CancelAsync(requested.CaseId, "user:usr_export", CancellationToken.None);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:" + Password)));

        var response = await client.GetAsync($"/ops/cases/{requested.CaseId}/audit");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["case.requested", "job.scheduled", "case.cancelled"], lines[..^1].Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!["action"]!.GetValue<string>()));
        Assert.Contains("\"isValid\":true", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("x@example.com", string.Join('\n', lines), StringComparison.Ordinal);

        // Someone with write access to Redis rewrites who cancelled: the export and the user's history both notice.
        var storage = host.Services.GetRequiredService<IStorage>();
        var key = DeletionKeys.Audit(requested.CaseId);
        var chain = (await storage.ReadAsync<AuditChain>([key]))[key];
        chain.Entries = [.. chain.Entries.Select(e => e.Action == "case.cancelled" ? e with { Actor = "operator:mallory" } : e)];
        await storage.WriteAsync(new Dictionary<string, object> { [key] = chain });

        var tampered = (await (await client.GetAsync($"/ops/cases/{requested.CaseId}/audit")).Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"isValid\":false", tampered[^1], StringComparison.Ordinal);
        Assert.False((await host.Scheduler.GetHistoryAsync(requested.CaseId, CancellationToken.None))!.AuditIntact);
    }

    [Fact]
    public void Host_InProductionWithoutRedis_RefusesToStartOnInMemoryJobStorage()
    {
        using var host = BotTestHost.ForJobs(redis.ConnectionString, "unused:", _api).InEnvironment("Production");
        host.Settings["Storage:RedisConnection"] = "";
        host.Settings["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001";
        host.Settings["MicrosoftAppPassword"] = "placeholder-secret";

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("In-memory job storage is refused in Production", Flatten(ex), StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WithAGracePeriodOutOfRange_RefusesToStart()
    {
        using var host = BotTestHost.ForJobs(redis.ConnectionString, $"test:{Guid.NewGuid():N}:", _api);
        host.Settings["Deletion:GracePeriod"] = "400.00:00:00";

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("GracePeriod", Flatten(ex), StringComparison.Ordinal);
    }

    private BotTestHost StagingHost() => BotTestHost.ForJobsInStaging(redis.ConnectionString, _api, Password);

    private static string Flatten(Exception ex) => ex.ToString();
}
