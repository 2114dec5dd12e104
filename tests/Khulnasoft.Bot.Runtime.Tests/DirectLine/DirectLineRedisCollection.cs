using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>The Direct Line Redis tests share one redis-server; each test class run uses its own key prefix.</summary>
[CollectionDefinition(Name)]
public sealed class DirectLineRedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis:directline";
}
