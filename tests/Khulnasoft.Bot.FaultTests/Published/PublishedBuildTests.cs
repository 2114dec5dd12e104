using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.FaultTests.Published;

/// <summary>
/// The build that ships: <c>dotnet publish bot/Khulnasoft.Bot -c Release</c>, started from its output directory as
/// <c>dotnet Khulnasoft.Bot.dll</c> in Production, configured only through environment variables (a complete
/// Production configuration, real Bot Framework authentication against a local OpenID issuer), on its own
/// <c>redis-server</c>, with OTLP export switched on by the standard variables towards a local receiver.
/// </summary>
public sealed class PublishedBuildTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://channel.fault.example.invalid/"; // the serviceUrl ChannelConversation sends
    private const string ServiceName = "khulnasoft-bot-published-test";

    private readonly RedisServer _redis = new();
    private TestIssuer _issuer = null!;
    private OtlpReceiver _collector = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _issuer = await TestIssuer.StartAsync(ChannelTokens.Issuer);
        _collector = await OtlpReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _collector.DisposeAsync();
        await _issuer.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task ThePublishedOutput_StartsInProductionFromEnvironmentVariables_IsLiveAndReady_AnswersAnAuthenticatedTurn_AndExportsOverOtlp()
    {
        using var build = await PublishedBuild.PublishAsync();
        var settings = FaultSettings.Production(_redis.ConnectionString, _issuer.MetadataUrl, $"published:{Guid.NewGuid():N}:");
        settings["Logging:LogLevel:Default"] = "Information";
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Endpoint;
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        settings["OTEL_SERVICE_NAME"] = ServiceName;
        settings["OTEL_BSP_SCHEDULE_DELAY"] = "200";
        settings["OTEL_BLRP_SCHEDULE_DELAY"] = "200";
        settings["OTEL_METRIC_EXPORT_INTERVAL"] = "500";
        await using var host = new BotProcess("host-published", "Production", settings, dll: build.Dll);

        await host.StartAsync(); // waits for GET /healthz to answer 200
        using var ready = await host.Http.GetAsync("/readyz");
        var readiness = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        var conversation = new ChannelConversation("published-" + Guid.NewGuid().ToString("N")[..8], "webchat");
        var anonymous = await ChannelConversation.DeliverAsync(host.Http, conversation.Message("delete my account"), token: null);
        var turn = await ChannelConversation.DeliverAsync(host.Http, conversation.Message("delete my account"), ChannelTokens.Valid(_issuer, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (string?)readiness["checks"]!["redis"]!["status"]);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.True(turn.Status == HttpStatusCode.OK, $"HTTP {(int)turn.Status} {turn.Body}\n{host.Output}");
        Cards.AssertSays([.. JsonNode.Parse(turn.Body)!["activities"]!.AsArray().OfType<JsonObject>()], "email address of the Khulnasoft account");
        Assert.Contains("Hosting environment: Production", host.Output, StringComparison.Ordinal);
        await WaitForAsync(() => _collector.Received("traces", ServiceName, "bot.turn") && _collector.Received("metrics", ServiceName, "bot.turn.duration") && _collector.Received("logs", ServiceName),
            "the turn's span, its duration metric and log records at the OTLP receiver", host);
    }

    private static async Task WaitForAsync(Func<bool> done, string what, BotProcess host)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (done())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Timed out waiting for {what}:\n{host.Output}");
    }
}
