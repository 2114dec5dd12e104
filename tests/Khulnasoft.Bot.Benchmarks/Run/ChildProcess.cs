using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>A process the runner started (a server of this program, or redis-server); killed on dispose.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>The process's CPU time so far (user + system), in milliseconds.</summary>
    public double CpuMilliseconds
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime.TotalMilliseconds;
        }
    }

    /// <summary>Starts this program again in another mode, with ASPNETCORE_ENVIRONMENT=Development (anonymous auth).</summary>
    public static ChildProcess StartSelf(params string[] arguments)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_gcServer"] = "0";
        return new ChildProcess(Process.Start(info) ?? throw new InvalidOperationException("Could not start the server."));
    }

    public static ChildProcess StartRedis(int port)
    {
        var info = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--loglevel", "warning" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start redis-server.");
        process.OutputDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        return new ChildProcess(process);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts TCP connections on the loopback port.</summary>
    public async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        var deadline = TimeSpan.FromSeconds(60);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Process {_process.Id} exited with code {_process.ExitCode} before listening on {port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException) when (watch.Elapsed < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
