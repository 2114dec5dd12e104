using System.Globalization;
using System.Reflection;
using Khulnasoft.Bot.Benchmarks.Run;
using Khulnasoft.Sandbox;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>
/// The real bot host (<c>bot/Khulnasoft.Bot</c>'s build output, unchanged) as its own process pinned to the server CPU,
/// in Development with the embedded sandbox as its account API (over HTTP, on itself), configured only through
/// environment variables: the bench seed, one-time code mails to the driver's <see cref="CodeInbox"/>, logging at
/// Warning, and, for the Redis row, <c>Storage:RedisConnection</c> to a redis-server of its own on the driver's CPU.
/// <see cref="StartupHook"/> gives the driver its counters.
/// </summary>
public sealed class ProductHost : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly ChildProcess? _redis;
    private readonly string _seedFile;

    private ProductHost(ChildProcess process, ChildProcess? redis, string seedFile, Uri baseAddress, HostProbe probe)
    {
        _process = process;
        _redis = redis;
        _seedFile = seedFile;
        BaseAddress = baseAddress;
        Probe = probe;
    }

    /// <summary>The host's build output (Khulnasoft.Bot.dll), built with this benchmark.</summary>
    public static string Dll { get; } = typeof(ProductHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BotDll").Value!;

    public Uri BaseAddress { get; }

    public HostProbe Probe { get; }

    /// <summary>redis-server's CPU time so far (ms), or null for in-memory state.</summary>
    public double? RedisCpuMilliseconds => _redis?.CpuMilliseconds;

    /// <summary>The host's process id (for heap snapshots).</summary>
    public int ProcessId => _process.Id;

    public static async Task<ProductHost> StartAsync(bool redis, int seedUsers, int smtpPort, TimeSpan? stateTtl, int? serverCpu, int? driverCpu, CancellationToken cancellationToken)
    {
        if (!File.Exists(Dll))
        {
            throw new FileNotFoundException("The bot host is not built: dotnet build tests/Khulnasoft.Bot.Benchmarks -c Release.", Dll);
        }

        var seedFile = BenchSeed.Write(Path.GetDirectoryName(Dll)!, seedUsers);
        ChildProcess? redisServer = null;
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Sandbox__Enabled"] = "true",
            ["Sandbox__SeedFile"] = seedFile,
            ["Mail__Smtp__Host"] = "127.0.0.1",
            ["Mail__Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail__Smtp__UseTls"] = "false",
            ["OneTimeCodes__MaxCodesPerHour"] = "20",
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_STARTUP_HOOKS"] = typeof(ProductHost).Assembly.Location,
        };
        if (stateTtl is { } ttl)
        {
            // The soak's own TTLs (--state-ttl): short enough that state and processed ids expire within the soak.
            var value = ttl.ToString("c", CultureInfo.InvariantCulture);
            settings["Storage__ConversationStateTtl"] = value;
            settings["Storage__UserStateTtl"] = value;
            settings["Storage__ProcessedActivityTtl"] = value;
            // The one-time-code records too (the host's default is an hour and a code's lifetime): with it, the
            // records still in the store are those of the last TTL's addresses, not of every seeded user.
            settings["Storage__KeyPrefixTtls__identity/challenges/"] = value;
        }

        if (redis)
        {
            var redisPort = LoopbackPort.FreeTcp();
            redisServer = ChildProcess.StartRedis(driverCpu, redisPort);
            await redisServer.WaitForPortAsync(redisPort, cancellationToken);
            settings["Storage__RedisConnection"] = $"127.0.0.1:{redisPort.ToString(CultureInfo.InvariantCulture)}";
        }

        var port = LoopbackPort.FreeTcp();
        var probePort = LoopbackPort.FreeTcp();
        settings["BENCH_PROBE_PORT"] = probePort.ToString(CultureInfo.InvariantCulture);
        var process = ChildProcess.StartDll(serverCpu, Dll, settings, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var host = new ProductHost(process, redisServer, seedFile, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"), new HostProbe(probePort));
        await process.WaitForPortAsync(port, cancellationToken);
        await process.WaitForPortAsync(probePort, cancellationToken);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        File.Delete(_seedFile);
    }
}
