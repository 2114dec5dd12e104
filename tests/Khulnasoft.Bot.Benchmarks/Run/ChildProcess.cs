using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>
/// A process the runner started (a server of this program, a peer on node, or redis-server), pinned to one CPU when a
/// CPU is given (through <c>taskset</c>, so every thread it starts inherits it); killed on dispose.
/// </summary>
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

    /// <summary>Whether CPUs can be pinned here (<c>taskset</c> is installed and the machine has at least two CPUs online).</summary>
    public static bool CanPin { get; } = MachineCpus() >= 2 && File.Exists("/usr/bin/taskset");

    /// <summary>The machine's online CPUs (not <see cref="Environment.ProcessorCount"/>: that counts only the CPUs this process is pinned to).</summary>
    public static int MachineCpus()
    {
        try
        {
            // e.g. "0-1" or "0,2-3"
            return File.ReadAllText("/sys/devices/system/cpu/online").Trim().Split(',').Sum(static range =>
            {
                var bounds = range.Split('-');
                return bounds.Length == 2 ? int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture) - int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture) + 1 : 1;
            });
        }
        catch (IOException)
        {
            return Environment.ProcessorCount;
        }
    }

    /// <summary>Starts this program again in another mode, with ASPNETCORE_ENVIRONMENT=Development (anonymous auth).</summary>
    public static ChildProcess StartSelf(int? cpu, params string[] arguments)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        List<string> command = [host];
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            command.Add(typeof(ChildProcess).Assembly.Location);
        }

        var info = Pinned(cpu, [.. command, .. arguments]);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_gcServer"] = "0";
        return Start(info);
    }

    /// <summary>
    /// Starts a .NET application (<paramref name="dll"/>, e.g. the real bot host) in its own directory, configured by
    /// <paramref name="environment"/> (<c>Section__Key</c> variables, as an operator would).
    /// </summary>
    public static ChildProcess StartDll(int? cpu, string dll, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var info = Pinned(cpu, ["dotnet", dll, .. arguments]);
        info.WorkingDirectory = Path.GetDirectoryName(dll);
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return Start(info);
    }

    /// <summary>Starts a peer (a script of Peers/) on node: anonymous, NODE_ENV not production, no client id.</summary>
    public static ChildProcess StartNode(int? cpu, string script, int port)
    {
        var info = Pinned(cpu, ["node", script, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        info.WorkingDirectory = Path.GetDirectoryName(script);
        info.Environment["NODE_ENV"] = "development";
        info.Environment.Remove("clientId");
        return Start(info);
    }

    public static ChildProcess StartRedis(int? cpu, int port)
    {
        var info = Pinned(cpu, ["redis-server", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--loglevel", "warning"]);
        return Start(info);
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

    private static ProcessStartInfo Pinned(int? cpu, IReadOnlyList<string> command)
    {
        var pin = cpu is not null && CanPin;
        var info = new ProcessStartInfo(pin ? "taskset" : command[0]) { UseShellExecute = false };

        // The driver's own tuning, not the servers': they are measured with the runtime's defaults.
        info.Environment.Remove(Driver.DriverSockets.InlineCompletionsVariable);
        if (pin)
        {
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(cpu!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            info.ArgumentList.Add(command[0]);
        }

        foreach (var argument in command.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>Starts the process; its standard output (start-up notices) is drained so the tables stay readable, errors still show.</summary>
    private static ChildProcess Start(ProcessStartInfo info)
    {
        info.RedirectStandardOutput = true;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        process.OutputDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        return new ChildProcess(process);
    }
}
