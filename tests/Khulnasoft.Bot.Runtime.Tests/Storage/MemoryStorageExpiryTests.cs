using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

/// <summary>MemoryStorage built with the Storage options expires each kind of key after the TTL Redis gives it.</summary>
public sealed class MemoryStorageExpiryTests
{
    private const string Conversation = "msteams/conversations/c1";
    private const string PrivateConversation = "msteams/conversations/c1/users/u1";
    private const string User = "msteams/users/u1";
    private const string Other = "cases/42";

    private readonly FakeTimeProvider _time = new();

    private readonly RedisStorageOptions _options = new()
    {
        ConversationStateTtl = TimeSpan.FromHours(1),
        UserStateTtl = TimeSpan.FromHours(2),
        OtherTtl = TimeSpan.Zero,
    };

    [Fact]
    public async Task EachKindOfKey_ExpiresAfterItsTtl_AndLiveOnesStay()
    {
        var storage = new MemoryStorage(_options, _time);
        await WriteAllAsync(storage);

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal([Conversation, PrivateConversation, User, Other], await PresentAsync(storage));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([User, Other], await PresentAsync(storage));

        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal([Other], await PresentAsync(storage));

        _time.Advance(TimeSpan.FromDays(1000));
        Assert.Equal([Other], await PresentAsync(storage));
    }

    [Fact]
    public async Task AKeyPrefixTtl_WinsOverTheKindsTtl_TheLongestPrefixFirst()
    {
        _options.KeyPrefixTtls["codes/"] = TimeSpan.FromMinutes(10);
        _options.KeyPrefixTtls["codes/kept/"] = TimeSpan.Zero;
        _options.KeyPrefixTtls["msteams/conversations/short"] = TimeSpan.FromMinutes(1);
        var storage = new MemoryStorage(_options, _time);
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["codes/a"] = new Note { Text = "code" },
            ["codes/kept/b"] = new Note { Text = "kept" },
            ["msteams/conversations/short1"] = new Note { Text = "short" },
            [Conversation] = new Note { Text = "c" },
        });

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["codes/a", "codes/kept/b", Conversation], await PresentAsync(storage, "codes/a", "codes/kept/b", "msteams/conversations/short1", Conversation));

        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(["codes/kept/b", Conversation], await PresentAsync(storage, "codes/a", "codes/kept/b", "msteams/conversations/short1", Conversation));

        _time.Advance(TimeSpan.FromDays(1000));
        Assert.Equal(["codes/kept/b"], await PresentAsync(storage, "codes/a", "codes/kept/b", "msteams/conversations/short1", Conversation));
    }

    [Fact]
    public async Task AWrite_StartsTheTtlAgain()
    {
        var storage = new MemoryStorage(_options, _time);
        var note = new Note { Text = "one" };
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = note });

        _time.Advance(TimeSpan.FromMinutes(50));
        note.Text = "two";
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = note });
        _time.Advance(TimeSpan.FromMinutes(50));

        Assert.Equal("two", (await storage.ReadAsync<Note>([Conversation]))[Conversation].Text);
    }

    [Fact]
    public async Task ExpiredItems_AreRemovedFromMemory_LiveOnesKept()
    {
        var storage = new MemoryStorage(_options, _time);
        for (var i = 0; i < 100; i++)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [$"msteams/conversations/old{i}"] = new Note { Text = "old" } });
        }

        _time.Advance(TimeSpan.FromMinutes(61));
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new Note { Text = "live" } });

        Assert.Equal(1, storage.Count);
        Assert.Equal("live", (await storage.ReadAsync<Note>([Conversation]))[Conversation].Text);
    }

    [Fact]
    public async Task AfterABurstExpires_TheSweepGivesTheTableBack_SoMemoryFollowsWhatIsHeld()
    {
        // A dictionary never shrinks by itself: without this, the table sized for a burst's peak (rate × TTL) stays
        // allocated for the life of the host.
        var storage = new MemoryStorage(_options, _time);
        for (var i = 0; i < 10_000; i++)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [$"msteams/conversations/burst{i}"] = new Note { Text = "old" } });
        }

        var peak = storage.Capacity;
        _time.Advance(TimeSpan.FromMinutes(61));
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new Note { Text = "live" } });

        Assert.Equal(1, storage.Count);
        Assert.InRange(storage.Capacity, 1, peak / 100);
        Assert.Equal("live", (await storage.ReadAsync<Note>([Conversation]))[Conversation].Text);
    }

    [Fact]
    public async Task AnExpiredItem_IsMissingForTheETagCheck()
    {
        var storage = new MemoryStorage(_options, _time);
        var first = new Note { Text = "one" };
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = first });
        _time.Advance(TimeSpan.FromHours(2));

        // Like a Redis key that expired: a write with the old ETag creates the item again.
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new Note { Text = "again", ETag = first.ETag } });
        Assert.Equal("again", (await storage.ReadAsync<Note>([Conversation]))[Conversation].Text);
    }

    [Fact]
    public async Task WithoutOptions_NothingExpires()
    {
        var storage = new MemoryStorage();
        await WriteAllAsync(storage);
        Assert.Equal([Conversation, PrivateConversation, User, Other], await PresentAsync(storage));
    }

    [Fact]
    public async Task TheRegisteredStorage_UsesTheConfiguredTtlsAndClock()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Storage:ConversationStateTtl"] = "00:10:00";
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.AddBotState();
        await using var app = builder.Build();
        var storage = app.Services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new Note { Text = "one" } });

        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Single(await storage.ReadAsync([Conversation]));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(await storage.ReadAsync([Conversation]));
    }

    private static Task WriteAllAsync(MemoryStorage storage) => storage.WriteAsync(new Dictionary<string, object>
    {
        [Conversation] = new Note { Text = "c" },
        [PrivateConversation] = new Note { Text = "p" },
        [User] = new Note { Text = "u" },
        [Other] = new Note { Text = "o" },
    });

    private static Task<string[]> PresentAsync(MemoryStorage storage) => PresentAsync(storage, Conversation, PrivateConversation, User, Other);

    private static async Task<string[]> PresentAsync(MemoryStorage storage, params string[] keys)
    {
        var found = await storage.ReadAsync(keys);
        return [.. keys.Where(found.ContainsKey)];
    }
}
