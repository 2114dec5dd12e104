using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.FaultTests.Hosts;

/// <summary>
/// One real bot host as its own OS process: <c>dotnet bot/Khulnasoft.Bot/bin/…/Khulnasoft.Bot.dll</c> (or a published
/// build's) on a free loopback port (<c>URLS</c>), configured only through environment variables
/// (<c>Section__Key</c>), as an operator would.
/// <see cref="KillAsync"/> is a real <c>kill -9</c> (SIGKILL: no shutdown hooks, no flush); <see cref="StartAsync"/>
/// starts it again on the same port. Its console output goes to <c>TestResults/hosts/NAME.log</c> and
/// <see cref="Output"/>.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _dll;
    private readonly StringBuilder _output = new();
    private Process? _process;
    private int _starts;

    /// <param name="dll">Another build of the host (a <c>dotnet publish</c> output); the solution's build by default.</param>
    public BotProcess(string name, string environment, IReadOnlyDictionary<string, string?> settings, int? port = null, string? dll = null)
    {
        _dll = dll ?? Dll;
        Name = name;
        Environment = environment;
        _settings = new Dictionary<string, string?>(settings);
        Port = port ?? FreePort.Next();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(100) };
    }

    /// <summary>The host's build output, next to its appsettings.json (the working directory of the process).</summary>
    public static string Dll { get; } = typeof(BotProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BotDll").Value!;

    public string Name { get; }

    public string Environment { get; }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A client for this host only (no proxy in between).</summary>
    public HttpClient Http { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Times this host was killed with SIGKILL.</summary>
    public int Kills { get; private set; }

    /// <summary>Everything the process(es) printed so far, across restarts.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the process and waits until <c>GET /healthz</c> answers 200 (or fails with its output).</summary>
    public async Task StartAsync()
    {
        var process = Launch();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode} during start-up:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"{Name} did not answer /healthz within 90 s:\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Starts the process and waits for it to exit by itself (e.g. a refused start); its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunToExitAsync(TimeSpan timeout)
    {
        var process = Launch();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token); // also waits for the redirected output to end
        return (process.ExitCode, Output);
    }

    /// <summary><c>kill -9</c>: the process gets no chance to release leases, flush or acknowledge jobs.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: false); // SIGKILL on Linux
            await process.WaitForExitAsync();
            Kills++;
            Append($"---- {Name}: killed with SIGKILL ----");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        Http.Dispose();
        await File.WriteAllTextAsync(LogPath(), Output);
    }

    private Process Launch()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        if (!File.Exists(_dll))
        {
            throw new FileNotFoundException("The bot host is not built; build the solution first.", _dll);
        }

        _process?.Dispose();
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(_dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(_dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = Environment;
        start.Environment["DOTNET_ENVIRONMENT"] = Environment;
        // URLS, not ASPNETCORE_URLS: the host's appsettings.json sets Urls, which wins over ASPNETCORE_* (docs/configuration.md).
        start.Environment["URLS"] = BaseUrl;
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Append($"---- {Name}: start {++_starts} (pid {process.Id}) ----");
        return process;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string LogPath()
    {
        var directory = RepoPaths.Combine("tests", "Khulnasoft.Bot.FaultTests", "TestResults", "hosts");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, Name + ".log");
    }
}
