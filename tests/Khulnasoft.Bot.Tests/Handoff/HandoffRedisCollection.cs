using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>The handoff tests share one redis-server (each host uses its own key prefix).</summary>
[CollectionDefinition(Name)]
public sealed class HandoffRedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "handoff-redis";
}
