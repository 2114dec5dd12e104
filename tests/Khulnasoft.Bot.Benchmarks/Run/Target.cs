namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>One server the runner measures: its row name and how to start it on a port (with redis-server for the Redis row).</summary>
public sealed record Target(string Key, string Name)
{
    public static Target For(string key) => key switch
    {
        "bare" => new(key, "bare Kestrel"),
        "memory" => new(key, "ours, memory"),
        "redis" => new(key, "ours, Redis"),
        "botbuilder-js" => new(key, "botbuilder-js 4.23 (MemoryStorage)"),
        "agents-sdk" => new(key, "Agents SDK JS 1.8.1 (MemoryStorage)"),
        "adapter-only" => new(key, "ours, adapter only (attribution)"),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown target."),
    };

    public bool NeedsRedis => Key == "redis";

    /// <summary>Starts the server on <paramref name="port"/>, pinned to <paramref name="cpu"/>.</summary>
    public ChildProcess Start(int port, int? cpu, string? redis, string? peersDirectory)
    {
        var urls = $"http://127.0.0.1:{port}";
        return Key switch
        {
            "bare" => ChildProcess.StartSelf(cpu, "bare", "--urls", urls),
            "memory" => ChildProcess.StartSelf(cpu, "server", "--urls", urls),
            "redis" => ChildProcess.StartSelf(cpu, "server", "--urls", urls, "--redis", redis ?? throw new ArgumentNullException(nameof(redis))),
            "adapter-only" => ChildProcess.StartSelf(cpu, "server", "--urls", urls, "--adapter-only"),
            _ => ChildProcess.StartNode(cpu, Path.Combine(PeersDirectory(peersDirectory), Key + ".js"), port),
        };
    }

    private static string PeersDirectory(string? configured)
    {
        var directory = configured ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Peers"));
        return Directory.Exists(Path.Combine(directory, "node_modules"))
            ? directory
            : throw new InvalidOperationException($"The peers are not installed in {directory}: run tests/Khulnasoft.Bot.Benchmarks/run.sh (it runs npm ci there).");
    }
}
