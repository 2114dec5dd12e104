using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>The jobs tests share one redis-server (each test uses its own key prefix) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class JobsRedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "jobs-redis";
}
