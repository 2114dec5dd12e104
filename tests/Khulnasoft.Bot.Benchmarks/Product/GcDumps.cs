using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>
/// With <c>--gcdump DIR</c>: a heap snapshot of the host at every soak checkpoint (<c>dotnet-gcdump collect</c>, the
/// diagnostics tool, installed with <c>dotnet tool install -g dotnet-gcdump</c>), and at the end the types whose
/// bytes grew most between the first and the last snapshot. This is what attributes a soak's growth to a type.
/// </summary>
public static partial class GcDumps
{
    public static async Task<string> CollectAsync(int processId, string directory, string name, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".gcdump");
        await RunAsync(["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", path], cancellationToken);
        var report = await RunAsync(["report", path], cancellationToken);
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".txt"), report, cancellationToken);
        return report;
    }

    /// <summary>The types whose bytes grew most from <paramref name="first"/> to <paramref name="last"/> (report texts).</summary>
    public static void PrintGrowth(string first, string last, string firstName, string lastName, TextWriter output, int top = 20)
    {
        var before = Parse(first);
        var after = Parse(last);
        output.WriteLine($"| type | bytes at {firstName} | bytes at {lastName} | growth | count at {firstName} | count at {lastName} |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (type, (bytes, count)) in after.OrderByDescending(t => t.Value.Bytes - before.GetValueOrDefault(t.Key).Bytes).Take(top))
        {
            var (oldBytes, oldCount) = before.GetValueOrDefault(type);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {type} | {oldBytes:N0} | {bytes:N0} | {bytes - oldBytes:+#,0;-#,0;0} | {oldCount:N0} | {count:N0} |"));
        }
    }

    private static Dictionary<string, (long Bytes, long Count)> Parse(string report)
    {
        var types = new Dictionary<string, (long Bytes, long Count)>(StringComparer.Ordinal);
        foreach (var line in report.Split('\n'))
        {
            if (Row().Match(line) is { Success: true } row && !line.Contains("GC Heap", StringComparison.Ordinal))
            {
                // The tool buckets the largest objects of a type ("(Bytes > 1M)"): summed back into the type.
                var type = SizeBucket().Replace(row.Groups[3].Value.Trim(), string.Empty);
                // The report's first column is the size of one object of the row (its average), the second the count.
                var size = long.Parse(row.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                var objects = long.Parse(row.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                var (bytes, count) = types.GetValueOrDefault(type);
                types[type] = (bytes + (size * objects), count + objects);
            }
        }

        return types;
    }

    private static async Task<string> RunAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var tool = Tool();
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    private static string Tool()
    {
        var home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-gcdump");
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "dotnet-gcdump")).FirstOrDefault(File.Exists);
        return onPath ?? (File.Exists(home) ? home : throw new InvalidOperationException("--gcdump needs dotnet-gcdump: dotnet tool install -g dotnet-gcdump"));
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(\S.*)$")]
    private static partial Regex Row();

    [GeneratedRegex(@"\s*\(Bytes > [^)]*\)")]
    private static partial Regex SizeBucket();
}
