namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>The host's memory after a full GC once <paramref name="Finished"/> conversations had finished on it.</summary>
public sealed record SoakSample(string State, long Finished, long Failures, HeapSample Heap, double ConversationsPerSecond, string LoadAverage);
