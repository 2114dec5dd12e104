using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>The approvals tests share one redis-server (each host uses its own key prefix) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ApprovalsRedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "approvals-redis";
}
