using Khulnasoft.Bot.Runtime.Concurrency;
using Khulnasoft.Bot.Runtime.State;

namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

public sealed class VerifiedStateCacheTests
{
    private static CachedBotState State(string? eTag) => new(new Dictionary<string, object>(StringComparer.Ordinal), eTag);

    [Fact]
    public void Take_RemovesTheEntry_SoNoTwoTurnsHoldTheSameState()
    {
        var cache = new VerifiedStateCache(100);
        var state = State("e1");
        cache.Put("k", state);

        Assert.Same(state, cache.Take("k"));
        Assert.Null(cache.Take("k"));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void IsBounded_TheLeastRecentlyKeptGenerationIsDropped()
    {
        var cache = new VerifiedStateCache(4);
        cache.Put("a", State("1"));
        cache.Put("b", State("2"));
        cache.Put("c", State("3"));
        cache.Put("d", State("4"));

        Assert.Equal(2, cache.Count);
        Assert.Null(cache.Take("a"));
        Assert.Null(cache.Take("b"));
        Assert.NotNull(cache.Take("c"));
        Assert.NotNull(cache.Take("d"));
    }

    [Fact]
    public void AStateNeverStored_OrACacheOfSizeZero_KeepsNothing()
    {
        var cache = new VerifiedStateCache(10);
        cache.Put("new", State(null));
        Assert.Equal(0, cache.Count);

        var off = new VerifiedStateCache(0);
        off.Put("k", State("e1"));
        Assert.Null(off.Take("k"));
        Assert.Equal(0, off.Count);
    }
}
