using System.Diagnostics;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.FaultTests.Published;

/// <summary>
/// <c>dotnet publish bot/Khulnasoft.Bot -c Release -o DIRECTORY</c>, as a deployment pipeline runs it, into a temporary
/// directory that is deleted again on dispose.
/// </summary>
public sealed class PublishedBuild : IDisposable
{
    private PublishedBuild(string directory) => Directory = directory;

    public string Directory { get; }

    public string Dll => Path.Combine(Directory, "Khulnasoft.Bot.dll");

    public static async Task<PublishedBuild> PublishAsync()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("khulnasoft-bot-publish-").FullName;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", RepoPaths.Combine("bot", "Khulnasoft.Bot"), "-c", "Release", "-o", directory, "--nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            System.IO.Directory.Delete(directory, recursive: true);
            throw new InvalidOperationException($"dotnet publish failed with {process.ExitCode}:\n{await output}\n{await errors}");
        }

        return new PublishedBuild(directory);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
