using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Runs <see cref="CaseIndexBackfill"/> once after the host started (in the background: start-up never waits on the
/// scan). The backfill is resolved then, not when the host builds its hosted services: the Redis store needs the
/// connection the host opens while it starts.
/// </summary>
public sealed partial class CaseIndexBackfillService(IServiceProvider services, ILogger<CaseIndexBackfillService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await services.GetRequiredService<CaseIndexBackfill>().RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException)
        {
            LogPostponed(logger);
        }
        catch (StackExchange.Redis.RedisException)
        {
            LogPostponed(logger);
        }
    }

    [LoggerMessage(EventId = 3112, Level = LogLevel.Warning, Message = "All-cases index backfill not done: Redis is unavailable; the next start tries again")]
    private static partial void LogPostponed(ILogger logger);
}
