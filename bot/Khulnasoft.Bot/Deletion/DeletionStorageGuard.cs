using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Refuses to start in Production when deletion cases would live in process memory.</summary>
internal sealed class DeletionStorageGuard(IStorage storage, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && storage is MemoryStorage)
        {
            throw new InvalidOperationException("Deletion cases need durable storage in Production: configure Storage:RedisConnection.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
