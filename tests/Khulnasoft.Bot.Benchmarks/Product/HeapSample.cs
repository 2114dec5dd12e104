using System.Diagnostics;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>The host's memory after a full, blocking, compacting collection: what it really keeps.</summary>
public sealed record HeapSample(long Gen2Bytes, long HeapBytes, long RssBytes, int Gen2Collections)
{
    /// <summary>Runs two full blocking collections (the second frees what finalizers released), then reads the sizes.</summary>
    public static HeapSample AfterFullCollection()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        using var process = Process.GetCurrentProcess();
        return new HeapSample(info.GenerationInfo[2].SizeAfterBytes, info.HeapSizeBytes, process.WorkingSet64, GC.CollectionCount(2));
    }
}
