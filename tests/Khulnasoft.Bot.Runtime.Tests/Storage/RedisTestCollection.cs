using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

/// <summary>xunit needs the collection definition in the test assembly: one shared redis-server for this project.</summary>
[CollectionDefinition(RedisCollection.Name)]
public sealed class RedisTestCollection : ICollectionFixture<RedisServer>;
