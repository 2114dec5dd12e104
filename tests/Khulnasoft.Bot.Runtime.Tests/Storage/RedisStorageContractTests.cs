using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.TestSupport;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

[Collection(RedisCollection.Name)]
public sealed class RedisStorageContractTests(RedisServer redis) : StorageContractTests
{
    private readonly RedisStorageOptions _options = new()
    {
        KeyPrefix = $"contract-{Guid.NewGuid():N}:",
        ConversationStateTtl = TimeSpan.FromHours(1),
        UserStateTtl = TimeSpan.FromHours(2),
        OtherTtl = TimeSpan.Zero,
    };

    protected override IStorage Storage => field ??= new RedisStorage(redis.Connection, _options);

    [Fact]
    public async Task Write_AppliesTheTtlOfEachKindOfKey()
    {
        var storage = (RedisStorage)Storage;
        var conversation = "msteams/conversations/a:1{x}";
        var privateConversation = "msteams/conversations/a:1{x}/users/29:u";
        var user = "msteams/users/29:u";
        var other = "jobs/42";
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [conversation] = new Note(),
            [privateConversation] = new Note(),
            [user] = new Note(),
            [other] = new Note(),
        });

        var db = redis.Connection.GetDatabase();
        var conversationTtl = await db.KeyTimeToLiveAsync(storage.Keys.State(conversation));
        var privateTtl = await db.KeyTimeToLiveAsync(storage.Keys.State(privateConversation));
        var userTtl = await db.KeyTimeToLiveAsync(storage.Keys.State(user));
        Assert.InRange(conversationTtl!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        Assert.InRange(privateTtl!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        Assert.InRange(userTtl!.Value, TimeSpan.FromMinutes(119), TimeSpan.FromHours(2));
        Assert.Null(await db.KeyTimeToLiveAsync(storage.Keys.State(other)));
    }

    [Fact]
    public async Task Write_AppliesAKeyPrefixTtl_OverTheKindsTtl()
    {
        _options.KeyPrefixTtls["codes/"] = TimeSpan.FromMinutes(10);
        _options.KeyPrefixTtls["msteams/conversations/short"] = TimeSpan.Zero;
        var storage = (RedisStorage)Storage;
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["codes/a"] = new Note(),
            ["msteams/conversations/short1"] = new Note(),
        });

        var db = redis.Connection.GetDatabase();
        Assert.InRange((await db.KeyTimeToLiveAsync(storage.Keys.State("codes/a")))!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Null(await db.KeyTimeToLiveAsync(storage.Keys.State("msteams/conversations/short1")));
    }

    [Fact]
    public void Keys_OfOneConversation_ShareAClusterHashSlot()
    {
        var keys = new RedisKeys("bot:");
        var tag = RedisKeys.ConversationTag("msteams", "a:1{x}");
        string[] conversationKeys =
        [
            keys.State(tag),
            keys.State(tag + "/users/29:u"),
            keys.Lease(tag),
            keys.Fence(tag),
            keys.Processed(tag, "act-1"),
        ];
        var slots = conversationKeys.Select(k => redis.Connection.HashSlot(k)).Distinct();
        Assert.Single(slots);
        Assert.All(conversationKeys, k => Assert.Equal(1, k.Count(c => c == '{')));
        Assert.NotEqual(keys.State("msteams/conversations/a%7B"), keys.State("msteams/conversations/a{"));
    }

    [Fact]
    public void KeyPrefix_WithBraces_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new RedisKeys("bot{1}:"));
}
