using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Testing;

/// <summary>
/// A transcript test, like the SDK's <c>TestFlow</c> (protocol doc §8.2): a chain of sends and assertions built
/// lazily; nothing runs until <see cref="StartTestAsync"/> is awaited. Each assertion takes the next queued reply
/// (waiting up to its timeout, 3000 ms by default, unlimited under a debugger) and fails with an
/// <see cref="InvalidOperationException"/> naming the description, what was expected and what was received.
/// </summary>
public sealed class TestFlow
{
    public const int DefaultTimeoutMilliseconds = 3000;

    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly Func<Task> _test;

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter, callback, () => Task.CompletedTask)
    {
    }

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, Func<Task> test)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
        _test = test;
    }

    /// <summary>Runs the whole chain.</summary>
    public Task StartTestAsync() => _test();

    /// <summary>Sends <paramref name="userSays"/> as the user and waits for the turn to finish.</summary>
    public TestFlow Send(string userSays) =>
        Then(() => _adapter.SendTextToBotAsync(userSays, _callback));

    /// <summary>Sends an activity as the user (completed from the adapter's conversation) and waits for the turn.</summary>
    public TestFlow Send(Activity userActivity)
    {
        ArgumentNullException.ThrowIfNull(userActivity);
        return Then(() => _adapter.ProcessActivityAsync(userActivity, _callback));
    }

    /// <summary>A <c>conversationUpdate</c> adding the reference user.</summary>
    public TestFlow SendConversationUpdate() => Then(() =>
    {
        var activity = _adapter.MakeActivity();
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = [_adapter.Conversation.User ?? new ChannelAccount("user1", "User1")];
        return _adapter.ProcessActivityAsync(activity, _callback);
    });

    /// <summary>Waits <paramref name="milliseconds"/> on the adapter's <see cref="TimeProvider"/>.</summary>
    /// <summary>Sends the activity <paramref name="userActivity"/> builds when this step runs (e.g. a click on a card
    /// that an earlier reply brought).</summary>
    public TestFlow Send(Func<Activity> userActivity)
    {
        ArgumentNullException.ThrowIfNull(userActivity);
        return Then(() => _adapter.ProcessActivityAsync(userActivity(), _callback));
    }

    /// <summary>Runs <paramref name="action"/> at this point of the script (e.g. change the world between two turns).</summary>
    public TestFlow Do(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Then(action);
    }

    public TestFlow Delay(int milliseconds) =>
        Then(() => Task.Delay(TimeSpan.FromMilliseconds(milliseconds), _adapter.TimeProvider));

    /// <summary>The next reply must be a message whose trimmed text equals <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected, string? description = null, int timeout = DefaultTimeoutMilliseconds)
    {
        var expectedActivity = _adapter.MakeActivity(expected);
        return AssertReply(expectedActivity, description ?? $"AssertReply(\"{expected}\")", timeout);
    }

    /// <summary>The next reply must have the expected type and, with no comparer, the same trimmed text.</summary>
    public TestFlow AssertReply(Activity expected, string? description = null, int timeout = DefaultTimeoutMilliseconds) =>
        AssertReply(expected, null, description, timeout);

    /// <summary>The next reply must have the expected type and satisfy <paramref name="equalityComparer"/>.</summary>
    public TestFlow AssertReply(Activity expected, Func<Activity, Activity, bool>? equalityComparer, string? description = null, int timeout = DefaultTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(expected);
        description ??= "AssertReply";
        return AssertReply(reply =>
        {
            if (!string.Equals(expected.Type, reply.Type, StringComparison.Ordinal))
            {
                throw Failure(description, $"type '{expected.Type}'", $"type '{reply.Type}' ({Describe(reply)})");
            }

            if (equalityComparer is not null)
            {
                if (!equalityComparer(expected, reply))
                {
                    throw Failure(description, Describe(expected), Describe(reply));
                }
            }
            else if (!string.Equals(expected.Text?.Trim(), reply.Text?.Trim(), StringComparison.Ordinal))
            {
                throw Failure(description, $"'{expected.Text?.Trim()}'", $"'{reply.Text?.Trim()}'");
            }
        }, description, timeout);
    }

    /// <summary>Runs <paramref name="validateActivity"/> on the next reply (throw to fail).</summary>
    public TestFlow AssertReply(Action<Activity> validateActivity, string? description = null, int timeout = DefaultTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(validateActivity);
        return Then(async () =>
        {
            var reply = await NextReplyAsync(description ?? "AssertReply", timeout).ConfigureAwait(false);
            validateActivity(reply);
        });
    }

    /// <summary>The next reply's text must equal one of <paramref name="candidates"/>.</summary>
    public TestFlow AssertReplyOneOf(string[] candidates, string? description = null, int timeout = DefaultTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        description ??= "AssertReplyOneOf";
        return AssertReply(reply =>
        {
            if (!candidates.Any(c => string.Equals(c.Trim(), reply.Text?.Trim(), StringComparison.Ordinal)))
            {
                throw Failure(description, "one of [" + string.Join(" | ", candidates) + "]", $"'{reply.Text}'");
            }
        }, description, timeout);
    }

    /// <summary>The next reply's text must contain <paramref name="expected"/>.</summary>
    public TestFlow AssertReplyContains(string expected, string? description = null, int timeout = DefaultTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(expected);
        description ??= $"AssertReplyContains(\"{expected}\")";
        return AssertReply(reply =>
        {
            if (reply.Text is null || !reply.Text.Contains(expected, StringComparison.Ordinal))
            {
                throw Failure(description, $"text containing '{expected}'", $"'{reply.Text}'");
            }
        }, description, timeout);
    }

    /// <summary>Fails when any reply is queued or arrives within <paramref name="timeout"/> ms.</summary>
    public TestFlow AssertNoReply(string? description = null, int timeout = DefaultTimeoutMilliseconds) => Then(async () =>
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(timeout), _adapter.TimeProvider);
        try
        {
            var reply = await _adapter.GetNextReplyAsync(cts.Token).ConfigureAwait(false);
            throw Failure(description ?? "AssertNoReply", "no reply", $"{reply.Type} ({Describe(reply)})");
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            // Nothing arrived: as expected.
        }
    });

    /// <summary><see cref="Send(string)"/> then <see cref="AssertReply(string, string?, int)"/>.</summary>
    public TestFlow Test(string userSays, string expected, string? description = null, int timeout = DefaultTimeoutMilliseconds) =>
        Send(userSays).AssertReply(expected, description, timeout);

    /// <summary><see cref="Send(string)"/> then <see cref="AssertReply(Action{Activity}, string?, int)"/>.</summary>
    public TestFlow Test(string userSays, Action<Activity> validateActivity, string? description = null, int timeout = DefaultTimeoutMilliseconds) =>
        Send(userSays).AssertReply(validateActivity, description, timeout);

    /// <summary><see cref="Send(string)"/> then one <see cref="AssertReply(string, string?, int)"/> per expected text.</summary>
    public TestFlow Test(string userSays, params string[] expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var flow = Send(userSays);
        foreach (var text in expected)
        {
            flow = flow.AssertReply(text);
        }

        return flow;
    }

    private TestFlow Then(Func<Task> next)
    {
        var previous = _test;
        return new TestFlow(_adapter, _callback, async () =>
        {
            await previous().ConfigureAwait(false);
            await next().ConfigureAwait(false);
        });
    }

    private async Task<Activity> NextReplyAsync(string description, int timeout)
    {
        if (System.Diagnostics.Debugger.IsAttached)
        {
            return await _adapter.GetNextReplyAsync().ConfigureAwait(false);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(timeout), _adapter.TimeProvider);
        try
        {
            return await _adapter.GetNextReplyAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cts.IsCancellationRequested)
        {
            throw new TimeoutException($"{description}: no reply within {timeout} ms.", ex);
        }
    }

    private static InvalidOperationException Failure(string description, string expected, string received) =>
        new($"{description}\nExpected: {expected}\nReceived: {received}");

    private static string Describe(Activity activity) =>
        activity.Text is not null ? $"'{activity.Text}'"
        : activity.Attachments is { Count: > 0 } a ? $"{a.Count} attachment(s): {a[0].ContentType}"
        : activity.Type ?? "(no type)";
}
