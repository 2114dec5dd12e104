using System.Diagnostics;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>
/// The host's memory after full, blocking, compacting collections: what it really keeps. <see cref="Gen2FreeBytes"/> is
/// the free space left inside gen2 (pinned objects keep the compaction from closing every gap).
/// </summary>
public sealed record HeapSample(long Gen2Bytes, long HeapBytes, long RssBytes, int Gen2Collections, long Gen2FreeBytes)
{
    /// <summary>What gen2's live objects take: its size without the free space inside it.</summary>
    public long Gen2LiveBytes => Gen2Bytes - Gen2FreeBytes;

    /// <summary>
    /// Runs a full blocking compacting collection, lets finalizers run, then an aggressive one (it also compacts, and
    /// hands the memory the GC no longer needs back to the OS, so RSS shows what the host keeps, not what the GC kept
    /// committed for the next burst), then reads the sizes.
    /// </summary>
    public static HeapSample AfterFullCollection()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        using var process = Process.GetCurrentProcess();
        var gen2 = info.GenerationInfo[2];
        return new HeapSample(gen2.SizeAfterBytes, info.HeapSizeBytes, process.WorkingSet64, GC.CollectionCount(2), gen2.FragmentationAfterBytes);
    }
}
