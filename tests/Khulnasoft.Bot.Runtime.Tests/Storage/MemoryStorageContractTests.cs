using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}

/// <summary>The same contract with the TTLs on (the host's default in-memory storage).</summary>
public sealed class ExpiringMemoryStorageContractTests : StorageContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage(new RedisStorageOptions(), TimeProvider.System);
}
