using System.Diagnostics;

namespace Khulnasoft.TestSupport;

/// <summary>Runs a node script from tests/tools with a stdin payload and captures stdout, stderr and the exit code.</summary>
public static class NodeProcess
{
    public sealed record Outcome(int ExitCode, string StdOut, string StdErr);

    public static async Task<Outcome> RunAsync(string scriptPath, IEnumerable<string> arguments, string stdin, CancellationToken cancellationToken)
    {
        if (!File.Exists(scriptPath))
        {
            throw new FileNotFoundException("Node script not found; run `cd tests/tools && npm ci`.", scriptPath);
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(scriptPath)!,
        };
        start.ArgumentList.Add(scriptPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardInput.WriteAsync(stdin.AsMemory(), cancellationToken);
        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new Outcome(process.ExitCode, await stdout, await stderr);
    }
}
