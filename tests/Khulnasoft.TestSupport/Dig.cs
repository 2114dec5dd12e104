using System.Diagnostics;
using System.Globalization;

namespace Khulnasoft.TestSupport;

/// <summary>Debian's <c>dig</c> (package dnsutils, installed by tests/run.sh) against a DNS server on 127.0.0.1.</summary>
public static class Dig
{
    /// <summary>Runs <c>dig @127.0.0.1 -p {port} {arguments} +time=2 +tries=1</c> and returns what it prints.</summary>
    public static async Task<string> RunAsync(int port, params string[] arguments)
    {
        var start = new ProcessStartInfo("dig")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["@127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), .. arguments, "+time=2", "+tries=1"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dig; install dnsutils.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return await stdout + await stderr;
    }

    /// <summary>The lines of <c>+short</c> output, sorted, without trailing dots.</summary>
    public static async Task<IReadOnlyList<string>> ShortAsync(int port, params string[] arguments) =>
        [.. (await RunAsync(port, [.. arguments, "+short"])).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.TrimEnd('.')).Order(StringComparer.Ordinal)];
}
