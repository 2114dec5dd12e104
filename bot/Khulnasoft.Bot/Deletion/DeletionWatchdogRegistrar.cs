using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Registers (or updates) the recurring watchdog job once the host has started. Hangfire takes a distributed lock for
/// it; when several instances start together, or another instance holds the lock, the wait (15 s) times out. That
/// must not stop this instance from starting: the registration is retried in the background until it succeeds
/// (any instance's registration is the same job). So is a registration that finds Redis down (the host starts
/// without it and says so on <c>/readyz</c>).
/// </summary>
internal sealed partial class DeletionWatchdogRegistrar(
    IRecurringJobManager recurringJobs,
    IOptions<DeletionOptions> options,
    TimeProvider clock,
    ILogger<DeletionWatchdogRegistrar> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // AddOrUpdate blocks while it waits for the lock: never on the host's start-up path
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                recurringJobs.AddOrUpdate<DeletionWatchdogJob>(
                    DeletionWatchdogJob.RecurringJobId,
                    job => job.RunAsync(CancellationToken.None),
                    options.Value.WatchdogCron,
                    new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
                return;
            }
            catch (DistributedLockTimeoutException e)
            {
                LogRegistrationDelayed(logger, RetryDelay, e);
            }
            catch (RedisException e)
            {
                LogRegistrationWaitsForRedis(logger, RetryDelay, e);
            }

            try
            {
                await Task.Delay(RetryDelay, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 3054, Level = LogLevel.Warning, Message = "Watchdog registration waits on another instance's lock; retrying in {Delay}")]
    private static partial void LogRegistrationDelayed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 3055, Level = LogLevel.Warning, Message = "Watchdog registration waits for Redis; retrying in {Delay}")]
    private static partial void LogRegistrationWaitsForRedis(ILogger logger, TimeSpan delay, Exception exception);
}
