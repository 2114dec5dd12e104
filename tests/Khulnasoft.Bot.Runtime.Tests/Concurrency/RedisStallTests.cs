using System.Diagnostics;
using System.Globalization;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.TestSupport;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

/// <summary>
/// Has its own redis-server: it freezes it (SIGSTOP) while a turn waits for it, like a Redis that stalls (a fork, a
/// swap storm, a paused VM), and resumes it (SIGCONT).
/// </summary>
public sealed class RedisStallTests : IAsyncLifetime
{
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(6);
    private readonly RedisServer _server = new();
    private readonly string _prefix = $"stall-{Guid.NewGuid():N}:";
    private int _pid;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{_server.ConnectionString},allowAdmin=true");
        var info = await admin.GetServers()[0].InfoAsync("server");
        _pid = int.Parse(info.SelectMany(g => g).Single(p => p.Key == "process_id").Value, CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        await SignalAsync("CONT");
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task RedisStalledDuringATurn_TheTurnGets503_AndTheConversationsNextTurnDoesNotWaitForTheAbandonedLease()
    {
        // The lease outlives the whole test and the wait for it is much shorter: a turn that had to wait for the lease the
        // stalled attempt left behind fails (503) instead of running, whatever the machine's speed.
        var options = new RedisStorageOptions { KeyPrefix = _prefix, LeaseDuration = TimeSpan.FromMinutes(10), LeaseWaitTimeout = TimeSpan.FromSeconds(20) };
        await using var bot = await GatedPipeline.StartRedisAsync($"{_server.ConnectionString},asyncTimeout=5000", options);
        var conversation = $"c-{Guid.NewGuid():N}";
        await bot.SendAsync(GatedPipeline.Message(conversation, "m1", "one"));

        await SignalAsync("STOP");
        var stalled = bot.SendAsync(GatedPipeline.Message(conversation, "m2", "two"));
        var failure = await Record.ExceptionAsync(() => stalled);
        await Task.Delay(Stall - TimeSpan.FromSeconds(5));
        await SignalAsync("CONT");

        // The channel re-delivers m2 after the 503, then the user goes on.
        await bot.SendAsync(GatedPipeline.Message(conversation, "m2", "two"));
        await bot.SendAsync(GatedPipeline.Message(conversation, "m3", "three"));

        Assert.IsType<StorageUnavailableException>(failure);
        Assert.Equal(["one", "two", "three"], (await bot.ReadProgressAsync(conversation))!.Steps);
        Assert.False(await _server.Connection.GetDatabase().KeyExistsAsync(new RedisStorage(_server.Connection, options).Keys.Lease($"test/conversations/{conversation}")));
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, _pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }
}
