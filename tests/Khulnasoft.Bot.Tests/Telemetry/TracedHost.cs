using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Telemetry;

/// <summary>
/// The real host on Kestrel (embedded sandbox, real channel tokens) with state, the turn gate and Hangfire on a real
/// Redis (own key prefix), a two-second grace period, replies to Teams going to a fake Connector, and OpenTelemetry's
/// in-memory exporters added to the pipeline <c>AddTelemetry()</c> configures.
/// </summary>
public sealed class TracedHost : IAsyncDisposable
{
    private TracedHost(BotTestHost host, FakeChannel teams, ChannelTokens credentials, ExportedTelemetry telemetry)
    {
        Host = host;
        Teams = teams;
        Credentials = credentials;
        Telemetry = telemetry;
    }

    public BotTestHost Host { get; }

    public FakeChannel Teams { get; }

    public ChannelTokens Credentials { get; }

    public ExportedTelemetry Telemetry { get; }

    public static async Task<TracedHost> StartAsync(RedisServer redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        var teams = await FakeChannel.StartAsync();
        var credentials = await ChannelTokens.StartAsync();
        var telemetry = new ExportedTelemetry();
        var host = new BotTestHost().WithSandbox().WithRedis(redis).WithTeams(teams, credentials).WithoutConnectorRetries();
        host.Settings["Deletion:GracePeriod"] = "00:00:02";
        host.Settings["Deletion:RetryBaseDelay"] = "00:00:01";
        host.Settings["Purge:Delay"] = "01:00:00";
        host.ServiceChanges.Add(telemetry.ConfigureServices);
        host.Start();
        return new TracedHost(host, teams, credentials, telemetry);
    }

    /// <summary>A Teams user of the seed (ada, ben, …) in a personal chat served by the fake Connector.</summary>
    public Conversation.Http.ChannelUser TeamsUser(string user, string conversationId, Replies replies) =>
        new(Host, Credentials, DemoChats.Teams(user, conversationId, Teams.ServiceUrl), replies);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Credentials.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
