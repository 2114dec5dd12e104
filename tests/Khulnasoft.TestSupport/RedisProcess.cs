using System.Diagnostics;

namespace Khulnasoft.TestSupport;

/// <summary>Starts a real <c>redis-server</c> (the Debian package) with the given arguments; output is drained.</summary>
public static class RedisProcess
{
    /// <summary>A throwaway server on loopback <paramref name="port"/>: nothing saved, no append-only file.</summary>
    public static Process StartEphemeral(int port, IEnumerable<string>? extraArguments = null) =>
        Start(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", .. extraArguments ?? []]);

    public static Process Start(IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("redis-server is not installed. Run ./tests/run.sh (it installs it) or `apt-get install -y redis-server`.", e);
        }

        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
