using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Fixes;

/// <summary>The one-click fix tests share one redis-server (each host uses its own key prefix) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class FixesRedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "fixes-redis";
}
