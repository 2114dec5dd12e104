using Khulnasoft.Bot.FaultTests.Faults;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Results;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.FaultTests.Hosts;

/// <summary>
/// The production-like set-up every scenario runs against: one Redis (AOF on), three bot hosts A, B and C as
/// separate processes sharing it (state, turn leases, Direct Line, Hangfire), a round-robin proxy in front of them
/// (<see cref="Balancer"/>, also the hosts' <c>DirectLine:PublicBaseUrl</c>), and the account sandbox behind its
/// counting proxy. Scenarios kill hosts and Redis; <see cref="HealAsync"/> brings everything back before the next.
/// </summary>
public sealed class FaultLab : IAsyncLifetime
{
    private readonly string _keyPrefix = $"fault:{Guid.NewGuid():N}:";

    public AccountSandbox Sandbox { get; private set; } = null!;

    public DurableRedis Redis { get; private set; } = null!;

    public IReadOnlyList<BotProcess> Hosts { get; private set; } = [];

    public BotProcess A => Hosts[0];

    public BotProcess B => Hosts[1];

    public BotProcess C => Hosts[2];

    /// <summary>The round-robin proxy in front of A, B and C (what a browser or a channel would reach).</summary>
    public LoopbackProxy Balancer { get; private set; } = null!;

    public FaultResults Results { get; } = new();

    /// <summary>The local OpenID issuer the Production host trusts as the Bot Framework channel's (started with it).</summary>
    public TestIssuer? ChannelIssuer { get; private set; }

    private BotProcess? _production;

    /// <summary>
    /// A host started in Production (on first use) with every required setting, real Bot Framework authentication
    /// against <see cref="ChannelIssuer"/>, operator credentials, the same Redis and the same account sandbox.
    /// </summary>
    public async Task<BotProcess> ProductionAsync()
    {
        if (_production is { IsRunning: true })
        {
            return _production;
        }

        ChannelIssuer ??= await TestIssuer.StartAsync(ChannelTokens.Issuer);
        if (_production is null)
        {
            var settings = FaultSettings.Production(Redis.ConnectionString, ChannelIssuer.MetadataUrl, _keyPrefix + "prod:");
            settings["Khulnasoft:ApiBaseUrl"] = Sandbox.ApiBaseUrl;
            settings["Khulnasoft:ServiceToken"] = "sandbox-token";
            settings["Mail:Smtp:Host"] = "127.0.0.1";
            settings["Mail:Smtp:Port"] = Sandbox.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Mail:Smtp:UseTls"] = "false";
            settings["Teams:ServiceUrl"] = FaultSettings.UnreachableTeams;
            _production = new BotProcess("host-production", "Production", settings);
        }

        await _production.StartAsync();
        return _production;
    }

    /// <summary>The Redis key prefix of the bot state (Direct Line and Hangfire keys are under it too).</summary>
    public string KeyPrefix => _keyPrefix;

    public async Task InitializeAsync()
    {
        var sandbox = AccountSandbox.StartAsync();
        Redis = await DurableRedis.StartAsync();
        Sandbox = await sandbox;
        var balancerPort = Khulnasoft.TestSupport.FreePort.Next();
        Hosts = [.. new[] { "A", "B", "C" }.Select(name =>
        {
            var settings = FaultSettings.Development(Redis.ConnectionString, _keyPrefix, Sandbox.ApiBaseUrl, Sandbox.SmtpPort);
            settings["DirectLine:PublicBaseUrl"] = $"http://127.0.0.1:{balancerPort}";
            return new BotProcess("host-" + name, "Development", settings);
        })];
        Balancer = await LoopbackProxy.StartAsync(Hosts.ToDictionary(h => h.Name, h => h.BaseUrl), balancerPort);
        await Task.WhenAll(Hosts.Select(h => h.StartAsync()));
    }

    /// <summary>Restarts whatever a scenario left down (Redis first, then the hosts), so the next one starts whole.</summary>
    public async Task HealAsync()
    {
        await Redis.ResumeAsync();
        if (!Redis.IsRunning)
        {
            await Redis.RestartAsync();
        }

        await Task.WhenAll(Hosts.Where(h => !h.IsRunning).Select(h => h.StartAsync()));
    }

    public async Task DisposeAsync()
    {
        await Results.WriteAsync();
        if (_production is not null)
        {
            await _production.DisposeAsync();
        }

        if (ChannelIssuer is not null)
        {
            await ChannelIssuer.DisposeAsync();
        }

        await Balancer.DisposeAsync();
        foreach (var host in Hosts)
        {
            await host.DisposeAsync();
        }

        await Redis.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
