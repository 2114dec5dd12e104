using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace Khulnasoft.TestSupport;

/// <summary>
/// A real one-node Redis Cluster: <c>redis-server --cluster-enabled yes</c> on a free loopback port, in its own
/// temporary directory (for nodes.conf), with all 16384 hash slots assigned to it (CLUSTER ADDSLOTSRANGE), so clients
/// see a cluster and multi-key commands and scripts that span slots are refused (CROSSSLOT) as in production.
/// </summary>
public sealed class RedisClusterServer : IAsyncLifetime
{
    private Process? _process;
    private string? _directory;

    public string ConnectionString { get; private set; } = "";

    /// <summary>
    /// A connection for assertions (the cluster's own view: CLUSTER KEYSLOT and friends). Note: the node announces no
    /// IP of its own, so the client also lists an unresolved endpoint and (like with some hosted single-node clusters)
    /// does not compute hash slots itself; code under test must not depend on the client's slot view.
    /// </summary>
    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        _directory = Directory.CreateTempSubdirectory("redis-cluster-").FullName;
        _process = RedisProcess.Start(
            [
                "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "5000",
            ],
            _directory);
        ConnectionString = $"127.0.0.1:{port}";

        // Assign every slot through a plain (admin) connection, then wait until the node reports the cluster as ok.
        var admin = await ConnectAsync($"{ConnectionString},allowAdmin=true");
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        await server.ExecuteAsync("CLUSTER", "ADDSLOTSRANGE", "0", "16383");
        var waited = Stopwatch.StartNew();
        while (!((string?)await server.ExecuteAsync("CLUSTER", "INFO"))!.Contains("cluster_state:ok", StringComparison.Ordinal))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(15))
            {
                throw new InvalidOperationException("The one-node Redis Cluster did not reach cluster_state:ok.");
            }

            await Task.Delay(50);
        }

        await admin.DisposeAsync();

        // A fresh connection now discovers the cluster topology (admin: tests ask CLUSTER KEYSLOT).
        Connection = await ConnectAsync($"{ConnectionString},allowAdmin=true");
        if (!Connection.GetServers().Any(s => s.ServerType == ServerType.Cluster))
        {
            throw new InvalidOperationException("The client does not see a cluster.");
        }
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static async Task<ConnectionMultiplexer> ConnectAsync(string configuration)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await ConnectionMultiplexer.ConnectAsync($"{configuration},abortConnect=true,connectTimeout=1000");
            }
            catch (RedisConnectionException) when (waited.Elapsed < TimeSpan.FromSeconds(15))
            {
                await Task.Delay(100);
            }
        }
    }
}
