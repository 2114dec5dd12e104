using Hangfire;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Registers (or updates) the recurring watchdog job when the host starts.</summary>
internal sealed class DeletionWatchdogRegistrar(IRecurringJobManager recurringJobs, IOptions<DeletionOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<DeletionWatchdogJob>(
            DeletionWatchdogJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.WatchdogCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
