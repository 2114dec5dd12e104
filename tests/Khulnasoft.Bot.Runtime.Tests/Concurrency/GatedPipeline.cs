using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Concurrency;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

/// <summary>One independent "bot host": its own connection, storage, states, turn gate and adapter.</summary>
public sealed class GatedPipeline : IAsyncDisposable
{
    private readonly ConnectionMultiplexer? _connection;

    private GatedPipeline(IStorage storage, ITurnGateStore store, RedisStorageOptions options, ConnectionMultiplexer? connection)
    {
        _connection = connection;
        Storage = storage;
        ConversationState = new ConversationState(storage);
        UserState = new UserState(storage);
        Progress = ConversationState.CreateProperty<Progress>("progress");
        Gate = new TurnGateMiddleware(store, [ConversationState, UserState], options, TimeProvider.System, NullLogger<TurnGateMiddleware>.Instance);
        Adapter.Use(Gate);
    }

    public IConnectionMultiplexer? Connection => _connection;

    public IStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    public IStatePropertyAccessor<Progress> Progress { get; }

    public TurnGateMiddleware Gate { get; }

    public RecordingAdapter Adapter { get; } = new();

    /// <summary>Runs <see cref="Count"/> for real; the hook lets a test hold a turn open.</summary>
    public Func<ITurnContext, Task>? DuringTurn { get; set; }

    public int BotRuns => _botRuns;

    private int _botRuns;

    public static Task<GatedPipeline> StartRedisAsync(RedisServer redis, string prefix) => StartRedisAsync(redis.ConnectionString, prefix);

    public static Task<GatedPipeline> StartRedisAsync(string connectionString, string prefix) =>
        StartRedisAsync(connectionString, new RedisStorageOptions { KeyPrefix = prefix });

    public static async Task<GatedPipeline> StartRedisAsync(string connectionString, RedisStorageOptions options)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(connectionString);
        var storage = new RedisStorage(connection, options);
        return new GatedPipeline(storage, new RedisTurnGateStore(connection, storage, options), options, connection);
    }

    public static GatedPipeline InMemory(IStorage? storage = null, int stateCacheSize = 10_000)
    {
        storage ??= new MemoryStorage();
        var options = new RedisStorageOptions { StateCacheSize = stateCacheSize };
        return new GatedPipeline(storage, new LocalTurnGateStore(storage, options, TimeProvider.System), options, null);
    }

    public Task<TurnAnswer> SendAsync(Activity activity) => Adapter.ProcessAsync(activity, CountAsync);

    /// <summary>The test bot: counts the turn, records the step, replies (and answers invokes) with the count.</summary>
    public async Task CountAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _botRuns);
        var progress = await Progress.GetAsync(turnContext, () => new Progress(), cancellationToken);
        await Task.Yield();
        if (DuringTurn is { } hook)
        {
            await hook(turnContext);
        }

        progress!.Count++;
        progress.Steps.Add(turnContext.Activity.Text ?? turnContext.Activity.Name ?? "?");
        await turnContext.SendActivityAsync($"turn {progress.Count}", cancellationToken: cancellationToken);
        if (turnContext.Activity.IsType(ActivityTypes.Invoke))
        {
            await turnContext.SendActivityAsync(InvokeResponses.ToActivity(new InvokeResponse(200, new JsonObject { ["count"] = progress.Count })), cancellationToken);
        }
    }

    /// <summary>The stored progress of a conversation, read by a fresh state object straight from storage.</summary>
    public async Task<Progress?> ReadProgressAsync(string conversationId)
    {
        var stored = await Storage.ReadAsync<StateDocument>([$"test/conversations/{conversationId}"]);
        return stored.TryGetValue($"test/conversations/{conversationId}", out var document) && document.Values.TryGetValue("progress", out var value)
            ? StorageExtensions.ConvertTo<Progress>(value)
            : null;
    }

    public static Activity Message(string conversationId, string id, string text, string? deliveryMode = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1/",
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount("user-1"),
        Recipient = new ChannelAccount("bot"),
        Text = text,
        DeliveryMode = deliveryMode,
    };

    public static Activity Invoke(string conversationId, string id, string name) => new()
    {
        Type = ActivityTypes.Invoke,
        Id = id,
        Name = name,
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1/",
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount("user-1"),
        Recipient = new ChannelAccount("bot"),
        Value = new JsonObject(),
    };

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
