using System.Diagnostics;
using System.Globalization;
using Khulnasoft.TestSupport;
using StackExchange.Redis;

namespace Khulnasoft.Bot.FaultTests.Faults;

/// <summary>
/// A real <c>redis-server</c> on a free loopback port with its append-only file on (<c>appendfsync always</c>: every
/// acknowledged write is on disk), so it can be killed with SIGKILL and started again from its AOF, or frozen with
/// SIGSTOP and thawed with SIGCONT. Its files live in a fresh temporary directory, removed at the end.
/// </summary>
public sealed class DurableRedis : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fault-redis-").FullName;
    private Process? _process;

    public int Port { get; } = FreePort.Next();

    /// <summary>The connection string the hosts get; they connect and reconnect by themselves.</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A connection of the test's own (for assertions), which keeps retrying through outages.</summary>
    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public static async Task<DurableRedis> StartAsync()
    {
        var redis = new DurableRedis();
        await redis.LaunchAsync();
        redis.Connection = await ConnectionMultiplexer.ConnectAsync($"{redis.ConnectionString},abortConnect=false,connectTimeout=2000,syncTimeout=5000");
        return redis;
    }

    /// <summary><c>kill -9</c> of the server: nothing is flushed at exit, only what the AOF already holds survives.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts the server again on the same port and directory: it loads its AOF before it answers.</summary>
    public Task RestartAsync() => LaunchAsync();

    /// <summary>True when the server process runs (it may still be stopped with SIGSTOP).</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>SIGSTOP: the server keeps its sockets open but answers nothing (a stalled Redis).</summary>
    public Task PauseAsync() => SignalAsync("STOP");

    /// <summary>SIGCONT: the stalled server goes on, with the commands queued meanwhile.</summary>
    public Task ResumeAsync() => SignalAsync("CONT");

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await ResumeAsync();
        }

        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        await KillAsync();
        _process?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task LaunchAsync()
    {
        _process?.Dispose();
        _process = RedisProcess.Start(
            [
                "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--protected-mode", "yes",
                "--dir", _directory, "--appendonly", "yes", "--appendfsync", "always", "--save", "",
            ],
            _directory);
        await RedisServer.ConnectWhenReadyAsync(ConnectionString, dispose: true);
    }

    private async Task SignalAsync(string signal)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {process.Id} failed with {kill.ExitCode}.");
        }
    }
}
