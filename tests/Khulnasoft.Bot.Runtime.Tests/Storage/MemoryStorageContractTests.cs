using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}
