namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

/// <summary>No Redis configured: MemoryStorage and the in-process gate.</summary>
public sealed class InMemoryTurnGateTests : TurnGateContractTests
{
    protected override Task<GatedPipeline> CreatePipelineAsync() => Task.FromResult(GatedPipeline.InMemory());
}
