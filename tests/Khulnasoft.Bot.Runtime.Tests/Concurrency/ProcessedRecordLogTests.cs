using System.Text;
using Khulnasoft.Bot.Runtime.Concurrency;

namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

/// <summary>The in-process processed-activity memory: exact keys, expiry, replacement, sweeping whole chunks, hash collisions.</summary>
public sealed class ProcessedRecordLogTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static string Read(ReadOnlyMemory<byte>? record) => record is { } bytes ? Encoding.UTF8.GetString(bytes.Span) : "(none)";

    [Fact]
    public void Add_ThenTryGet_GivesTheRecord_UntilItExpires()
    {
        var log = new ProcessedRecordLog();
        log.Add("conv\na1", "one"u8, Now.AddMinutes(10));

        Assert.Equal("one", Read(log.TryGet("conv\na1", Now)));
        Assert.Equal("(none)", Read(log.TryGet("conv\na2", Now)));
        Assert.Equal("(none)", Read(log.TryGet("conv\na1", Now.AddMinutes(10))));
    }

    [Fact]
    public void AddingTheSameKeyAgain_ReplacesTheRecord()
    {
        var log = new ProcessedRecordLog();
        log.Add("k", "one"u8, Now.AddMinutes(10));
        log.Add("k", "two"u8, Now.AddMinutes(20));

        Assert.Equal("two", Read(log.TryGet("k", Now.AddMinutes(15))));
        Assert.Equal(1, log.Count);
    }

    [Fact]
    public void Sweep_ForgetsWholeExpiredChunks_AndKeepsLiveOnes()
    {
        var log = new ProcessedRecordLog(chunkSize: 64);
        for (var i = 0; i < 20; i++)
        {
            log.Add($"key-{i}", Encoding.UTF8.GetBytes($"record {i}"), Now.AddMinutes(i));
        }

        log.Sweep(Now.AddMinutes(10));

        Assert.InRange(log.Count, 10, 19);
        Assert.Equal("(none)", Read(log.TryGet("key-0", Now)));
        for (var i = 10; i < 20; i++)
        {
            Assert.Equal($"record {i}", Read(log.TryGet($"key-{i}", Now)));
        }

        log.Sweep(Now.AddMinutes(30));
        Assert.Equal(0, log.Count);
        log.Add("after", "x"u8, Now.AddMinutes(40));
        Assert.Equal("x", Read(log.TryGet("after", Now.AddMinutes(31))));
    }

    [Fact]
    public void AfterABurstExpires_TheSweepGivesTheIndexBack()
    {
        var log = new ProcessedRecordLog(chunkSize: 256);
        for (var i = 0; i < 10_000; i++)
        {
            log.Add($"burst-{i}", "r"u8, Now.AddMinutes(1));
        }

        var peak = log.IndexCapacity;
        log.Add("live", "x"u8, Now.AddMinutes(30));
        log.Sweep(Now.AddMinutes(10));

        Assert.InRange(log.Count, 1, 32); // the live record's chunk, shared with the last few of the burst
        Assert.InRange(log.IndexCapacity, 1, peak / 50);
        Assert.Equal("x", Read(log.TryGet("live", Now.AddMinutes(11))));
    }

    [Fact]
    public void KeysWithTheSameHash_AreKeptApart()
    {
        var log = new ProcessedRecordLog(chunkSize: 128, keyHash: _ => 42);
        log.Add("a", "for a"u8, Now.AddMinutes(10));
        log.Add("b", "for b"u8, Now.AddMinutes(10));
        log.Add("b", "for b again"u8, Now.AddMinutes(10));

        Assert.Equal("for a", Read(log.TryGet("a", Now)));
        Assert.Equal("for b again", Read(log.TryGet("b", Now)));
        Assert.Equal("(none)", Read(log.TryGet("c", Now)));
        Assert.Equal(2, log.Count);

        log.Sweep(Now.AddMinutes(11));
        Assert.Equal(0, log.Count);
    }

    [Fact]
    public void KeysThatAreNotAscii_AreKeptExactly()
    {
        // ASCII keys take a byte per character, others their UTF-16 code units: "\u6261" has the same bytes as "ab"
        // (61 62), and two lone surrogates would have the same UTF-8 (the replacement character): all stay apart.
        var log = new ProcessedRecordLog();
        log.Add("ab", "ascii"u8, Now.AddMinutes(10));
        log.Add("\u6261", "cjk"u8, Now.AddMinutes(10));
        log.Add("conv\n\uD800", "first surrogate"u8, Now.AddMinutes(10));
        log.Add("conv\n\uDBFF", "second surrogate"u8, Now.AddMinutes(10));
        var longKey = "conv\n" + new string('é', 400);
        log.Add(longKey, "long"u8, Now.AddMinutes(10));

        Assert.Equal("ascii", Read(log.TryGet("ab", Now)));
        Assert.Equal("cjk", Read(log.TryGet("\u6261", Now)));
        Assert.Equal("first surrogate", Read(log.TryGet("conv\n\uD800", Now)));
        Assert.Equal("second surrogate", Read(log.TryGet("conv\n\uDBFF", Now)));
        Assert.Equal("long", Read(log.TryGet(longKey, Now)));
        Assert.Equal("(none)", Read(log.TryGet("conv\n\uFFFD", Now)));
        Assert.Equal("(none)", Read(log.TryGet(longKey + "x", Now)));
        Assert.Equal(5, log.Count);
    }

    [Fact]
    public void ARecordLargerThanAChunk_GetsAChunkOfItsOwn()
    {
        var log = new ProcessedRecordLog(chunkSize: 16);
        var big = new string('x', 1000);
        log.Add("big", Encoding.UTF8.GetBytes(big), Now.AddMinutes(1));
        log.Add("small", "s"u8, Now.AddMinutes(1));

        Assert.Equal(big, Read(log.TryGet("big", Now)));
        Assert.Equal("s", Read(log.TryGet("small", Now)));
    }

    [Fact]
    public void ARecordReplacedInALaterChunk_OutlivesTheSweepOfTheEarlierChunk()
    {
        var log = new ProcessedRecordLog(chunkSize: 32);
        log.Add("k", "first"u8, Now.AddMinutes(1));
        log.Add("filler-to-end-the-chunk", "x"u8, Now.AddMinutes(1));
        log.Add("k", "second"u8, Now.AddMinutes(10));

        log.Sweep(Now.AddMinutes(2));

        Assert.Equal("second", Read(log.TryGet("k", Now.AddMinutes(3))));
        Assert.Equal("(none)", Read(log.TryGet("filler-to-end-the-chunk", Now)));
    }

    [Fact]
    public void TheIndexEntries_HoldNoObjectReferences()
    {
        // The index can hold millions of entries: with a reference in each, every gen1/gen2 collection traced them all
        // and every new entry dirtied a card the next gen0 collection scanned.
        var location = typeof(ProcessedRecordLog).GetNestedType("Location", System.Reflection.BindingFlags.NonPublic)!;
        var containsReferences = typeof(System.Runtime.CompilerServices.RuntimeHelpers)
            .GetMethod(nameof(System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences))!
            .MakeGenericMethod(location);

        Assert.False((bool)containsReferences.Invoke(null, null)!);
    }
}
