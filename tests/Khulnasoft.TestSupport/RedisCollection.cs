namespace Khulnasoft.TestSupport;

/// <summary>Test classes in this collection share one redis-server; each test uses its own key prefix.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
