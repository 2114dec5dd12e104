using Khulnasoft.Bot.FaultTests.Hosts;
using StackExchange.Redis;

namespace Khulnasoft.Bot.FaultTests.Startup;

/// <summary>
/// Several instances start at once against one Redis (a rolling restart, a scale-out): one instance holding
/// Hangfire's lock on the watchdog's registration must not make another one fail to start.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class HostStartTests(FaultLab lab)
{
    [Fact]
    public async Task AHost_WhoseWatchdogRegistrationWaitsOnAnotherInstancesLock_StartsAnyway_AndRegistersItOnceTheLockIsFree()
    {
        var prefix = $"fault:start:{Guid.NewGuid():N}:";
        var database = lab.Redis.Connection.GetDatabase();
        var lockKey = new RedisKey(prefix + "hangfire:lock:recurring-job:deletion-watchdog");
        Assert.True(await database.StringSetAsync(lockKey, "another-instance", expiry: null, when: When.NotExists));
        await using var host = new BotProcess("host-start-under-lock", "Development",
            FaultSettings.Development(lab.Redis.ConnectionString, prefix, lab.Sandbox.ApiBaseUrl, lab.Sandbox.SmtpPort));

        await host.StartAsync();
        for (var waited = 0; waited < 300 && !host.Output.Contains("DeletionWatchdogRegistrar[3054]", StringComparison.Ordinal); waited++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200)); // Hangfire waits 15 s for the lock, then the registrar says it will retry
        }

        Assert.True(host.IsRunning, host.Output);
        Assert.Contains("DeletionWatchdogRegistrar[3054]", host.Output, StringComparison.Ordinal);
        Assert.False(await database.KeyExistsAsync(prefix + "hangfire:recurring-job:deletion-watchdog"));
        await database.KeyDeleteAsync(lockKey);

        var registered = false;
        for (var attempt = 0; attempt < 100 && !registered; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            registered = await database.KeyExistsAsync(prefix + "hangfire:recurring-job:deletion-watchdog");
        }

        Assert.True(registered, "the watchdog is registered once the lock is free:\n" + host.Output);
    }
}
