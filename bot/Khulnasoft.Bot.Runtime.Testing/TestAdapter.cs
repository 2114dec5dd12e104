using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Testing;

/// <summary>
/// An in-memory adapter for tests, like Microsoft.Bot.Builder's <c>TestAdapter</c> (protocol doc §8.1): user
/// activities are completed from <see cref="Conversation"/> and run one at a time through the middleware and the
/// bot; the bot's replies are queued in order and read with <see cref="GetNextReply"/> / <see cref="GetNextReplyAsync"/>.
/// </summary>
public class TestAdapter : BotAdapter, IDisposable
{
    private readonly SemaphoreSlim _turnLock = new(1, 1);
    private readonly Lock _queueLock = new();
    private readonly Queue<Activity> _queue = new();
    private readonly Queue<TaskCompletionSource<Activity>> _waiters = new();
    private int _nextId;
    private bool _disposed;

    public TestAdapter(string channelId = Channels.Test, bool sendTraceActivity = false, TimeProvider? timeProvider = null)
        : this(DefaultReference(channelId), sendTraceActivity, timeProvider)
    {
    }

    public TestAdapter(ConversationReference conversation, bool sendTraceActivity = false, TimeProvider? timeProvider = null)
    {
        Conversation = conversation ?? throw new ArgumentNullException(nameof(conversation));
        EnableTrace = sendTraceActivity;
        TimeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The conversation every user activity is sent in.</summary>
    public ConversationReference Conversation { get; set; }

    /// <summary>Whether <c>trace</c> activities are queued (off by default, like the SDK).</summary>
    public bool EnableTrace { get; set; }

    public TimeProvider TimeProvider { get; }

    /// <summary>The locale of the activities <see cref="MakeActivity"/> creates.</summary>
    public string? Locale
    {
        get => Conversation.Locale;
        set => Conversation.Locale = value;
    }

    /// <summary>A snapshot of the queued replies, oldest first.</summary>
    public IReadOnlyList<Activity> ActiveQueue
    {
        get
        {
            lock (_queueLock)
            {
                return [.. _queue];
            }
        }
    }

    /// <summary>A reference for a named conversation on the <c>test</c> channel (lower-case ids).</summary>
    public static ConversationReference CreateConversation(string name, string user = "User1", string bot = "Bot")
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new ConversationReference
        {
            ChannelId = Channels.Test,
            ServiceUrl = "https://test.com",
            Conversation = new ConversationAccount(name.ToLowerInvariant(), name, false),
            User = new ChannelAccount(user.ToLowerInvariant(), user),
            Bot = new ChannelAccount(bot.ToLowerInvariant(), bot),
            Locale = "en-us",
        };
    }

    /// <summary>Adds middleware; chainable.</summary>
    public new TestAdapter Use(IMiddleware middleware)
    {
        base.Use(middleware);
        return this;
    }

    /// <summary>Completes <paramref name="activity"/> from <see cref="Conversation"/> and runs one turn (one at a time).</summary>
    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        await _turnLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Complete(activity);
            using var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turnLock.Release();
        }
    }

    public override async Task<InvokeResponse?> ProcessActivityAsync(ClaimsIdentity identity, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        InvokeResponse? response = null;
        await ProcessActivityAsync(activity, async (turnContext, ct) =>
        {
            turnContext.TurnState[BotIdentityKey] = identity;
            await callback(turnContext, ct).ConfigureAwait(false);
            if (turnContext.TurnState.Get<Activity>(InvokeResponseKey)?.Value is { } value)
            {
                response = System.Text.Json.JsonSerializer.Deserialize<InvokeResponse>(value, BotJson.Options);
            }
        }, cancellationToken).ConfigureAwait(false);
        return response;
    }

    /// <summary>Sends <paramref name="text"/> as the reference user.</summary>
    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    /// <summary>A message from the reference user to the bot, with the next id.</summary>
    public Activity MakeActivity(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Locale = Conversation.Locale,
        From = Conversation.User,
        Recipient = Conversation.Bot,
        Conversation = Conversation.Conversation,
        ServiceUrl = Conversation.ServiceUrl,
        ChannelId = Conversation.ChannelId,
        Id = NextId(),
        Text = text,
    };

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            activity.Id ??= Guid.NewGuid().ToString("n");
            activity.Timestamp ??= TimeProvider.GetUtcNow();
            if (activity.IsType(ActivityTypes.Delay))
            {
                var milliseconds = activity.Value is JsonValue v && v.TryGetValue<int>(out var ms) ? ms : 0;
                await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            else if (!activity.IsType(ActivityTypes.Trace) || EnableTrace)
            {
                Enqueue(activity);
            }

            responses.Add(new ResourceResponse(activity.Id));
        }

        return [.. responses];
    }

    /// <summary>Replaces the queued activity with the same id.</summary>
    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_queueLock)
        {
            var items = _queue.ToList();
            var index = items.FindIndex(a => string.Equals(a.Id, activity.Id, StringComparison.Ordinal));
            if (index >= 0)
            {
                items[index] = activity;
                _queue.Clear();
                items.ForEach(_queue.Enqueue);
            }
        }

        return Task.FromResult<ResourceResponse?>(new ResourceResponse(activity.Id));
    }

    /// <summary>Removes the queued activity with the reference's activity id.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        lock (_queueLock)
        {
            var items = _queue.Where(a => !string.Equals(a.Id, reference.ActivityId, StringComparison.Ordinal)).ToList();
            _queue.Clear();
            items.ForEach(_queue.Enqueue);
        }

        return Task.CompletedTask;
    }

    /// <summary>The oldest queued reply, or null.</summary>
    public Activity? GetNextReply()
    {
        lock (_queueLock)
        {
            return _queue.TryDequeue(out var activity) ? activity : null;
        }
    }

    /// <summary>The oldest queued reply; waits for the next one when the queue is empty, until cancelled.</summary>
    public async Task<Activity> GetNextReplyAsync(CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<Activity> waiter;
        lock (_queueLock)
        {
            if (_queue.TryDequeue(out var activity))
            {
                return activity;
            }

            waiter = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Enqueue(waiter);
        }

        using var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
        return await waiter.Task.ConfigureAwait(false);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!_disposed && disposing)
        {
            _turnLock.Dispose();
        }

        _disposed = true;
    }

    private static ConversationReference DefaultReference(string channelId) => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.com",
        User = new ChannelAccount("user1", "User1"),
        Bot = new ChannelAccount("bot", "Bot"),
        Conversation = new ConversationAccount("convo1", "Conversation1", false),
        Locale = "en-us",
    };

    private void Complete(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Conversation.ChannelId;
        if (activity.From is null || string.Equals(activity.From.Id, "unknown", StringComparison.Ordinal) || string.Equals(activity.From.Role, RoleTypes.Bot, StringComparison.OrdinalIgnoreCase))
        {
            activity.From = Conversation.User;
        }

        activity.Recipient = Conversation.Bot;
        activity.Conversation = Conversation.Conversation;
        activity.ServiceUrl = Conversation.ServiceUrl;
        activity.Id = NextId();
        var now = TimeProvider.GetUtcNow();
        activity.Timestamp ??= now;
        activity.LocalTimestamp ??= TimeProvider.GetLocalNow();
    }

    private string NextId() => (Interlocked.Increment(ref _nextId) - 1).ToString(CultureInfo.InvariantCulture);

    private void Enqueue(Activity activity)
    {
        lock (_queueLock)
        {
            while (_waiters.TryDequeue(out var waiter))
            {
                if (waiter.TrySetResult(activity))
                {
                    return;
                }
            }

            _queue.Enqueue(activity);
        }
    }
}
