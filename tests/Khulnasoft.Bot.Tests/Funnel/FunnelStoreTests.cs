using Khulnasoft.Bot.Funnel;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Tests.Funnel;

/// <summary>
/// The funnel's counts in a real Redis (two stores on one Redis act as two instances) and in memory: each
/// conversation once per step however often it gets there (duplicate deliveries, re-checks, another instance), per
/// UTC day over a chosen period, and every Redis key bounded by a TTL.
/// </summary>
[Collection(JobsRedisCollection.Name)]
public sealed class FunnelStoreTests(RedisServer redis)
{
    private static readonly DateOnly Monday = new(2026, 12, 7);
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";

    [Fact]
    public async Task Redis_TwoInstances_CountEachConversationOncePerStep_PerDay_AndEveryKeyExpires()
    {
        var first = Redis();
        var second = Redis();

        Assert.True(await first.ReachAsync("started", "conv-a", Monday, CancellationToken.None));
        Assert.False(await first.ReachAsync("started", "conv-a", Monday, CancellationToken.None));   // a duplicate delivery
        Assert.False(await second.ReachAsync("started", "conv-a", Monday.AddDays(1), CancellationToken.None)); // the other instance, the next day
        Assert.True(await second.ReachAsync("started", "conv-b", Monday.AddDays(1), CancellationToken.None));
        Assert.True(await second.ReachAsync("prerequisite.DomainRemoved", "conv-a", Monday, CancellationToken.None));
        Assert.False(await first.ReachAsync("prerequisite.DomainRemoved", "conv-a", Monday, CancellationToken.None)); // a re-check

        Assert.Equal(new Dictionary<string, long> { ["started"] = 2, ["prerequisite.DomainRemoved"] = 1 }, await first.CountAsync(Monday, Monday.AddDays(1), CancellationToken.None));
        Assert.Equal(new Dictionary<string, long> { ["started"] = 1, ["prerequisite.DomainRemoved"] = 1 }, await second.CountAsync(Monday, Monday, CancellationToken.None));
        Assert.Equal(new Dictionary<string, long> { ["started"] = 1 }, await second.CountAsync(Monday.AddDays(1), Monday.AddDays(30), CancellationToken.None));

        var server = redis.Connection.GetServers().First();
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: _prefix + "funnel:*"))
        {
            keys.Add(key);
        }

        Assert.Equal(4, keys.Count); // two conversations, two days
        foreach (var key in keys)
        {
            var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(key);
            Assert.True(ttl is { } t && t > TimeSpan.Zero && t <= TimeSpan.FromDays(400), $"{key} has no bounded TTL");
        }
    }

    [Fact]
    public async Task Memory_CountsOncePerStep_AndForgetsAConversationAfterTheDedupWindow()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var store = new MemoryFunnelStore(Options.Create(new FunnelOptions { DedupWindow = TimeSpan.FromDays(2) }), clock);

        Assert.True(await store.ReachAsync("started", "conv-a", Monday, CancellationToken.None));
        Assert.False(await store.ReachAsync("started", "conv-a", Monday, CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(3));
        Assert.True(await store.ReachAsync("started", "conv-a", Monday.AddDays(3), CancellationToken.None)); // idle past the window: a new visit

        Assert.Equal(new Dictionary<string, long> { ["started"] = 1 }, await store.CountAsync(Monday, Monday.AddDays(2), CancellationToken.None));
        Assert.Equal(new Dictionary<string, long> { ["started"] = 2 }, await store.CountAsync(Monday, Monday.AddDays(3), CancellationToken.None));
    }

    [Fact]
    public async Task Memory_KeepsAtMostItsCapacityOfConversations_ForgettingTheLeastRecentlyActive()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var store = new MemoryFunnelStore(Options.Create(new FunnelOptions { MemoryConversations = 3 }), clock);
        foreach (var conversation in new[] { "conv-a", "conv-b", "conv-c" })
        {
            Assert.True(await store.ReachAsync("started", conversation, Monday, CancellationToken.None));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.False(await store.ReachAsync("started", "conv-a", Monday, CancellationToken.None)); // a is the most recent now
        Assert.True(await store.ReachAsync("started", "conv-d", Monday, CancellationToken.None)); // full: b, the least recent, goes

        Assert.Equal(3, store.Conversations);
        Assert.False(await store.ReachAsync("started", "conv-a", Monday, CancellationToken.None));
        Assert.False(await store.ReachAsync("started", "conv-c", Monday, CancellationToken.None));
        Assert.False(await store.ReachAsync("started", "conv-d", Monday, CancellationToken.None));
        Assert.True(await store.ReachAsync("started", "conv-b", Monday, CancellationToken.None)); // forgotten: counted again
        Assert.Equal(new Dictionary<string, long> { ["started"] = 5 }, await store.CountAsync(Monday, Monday, CancellationToken.None));
    }

    private RedisFunnelStore Redis() =>
        new(() => redis.Connection, new RedisStorageOptions { RedisConnection = redis.ConnectionString, KeyPrefix = _prefix }, Options.Create(new FunnelOptions()));
}
