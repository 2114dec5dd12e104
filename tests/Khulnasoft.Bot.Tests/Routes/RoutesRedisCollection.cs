using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Routes;

/// <summary>The end-to-end route tests share one redis-server (each host uses its own key prefix) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RoutesRedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "routes-redis";
}
