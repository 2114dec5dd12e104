using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// A user talking to the running host over HTTP, asserted like a TestFlow transcript: each activity the user sends
/// is one exchange, its replies are checked in order with <see cref="Next"/> (and all of them must be checked before
/// the next exchange), and every card that arrives is remembered by <see cref="Replies"/> for the parser check.
/// Subclasses decide how an activity reaches the bot and how its replies come back.
/// </summary>
public abstract class ConversationUser(Replies replies)
{
    private readonly Queue<Activity> _pending = new();

    protected Replies Replies => replies;

    /// <summary>The user types <paramref name="text"/>.</summary>
    public Task SendAsync(string text)
    {
        var activity = Incoming(ActivityTypes.Message);
        activity.Text = text;
        return SendAsync(activity);
    }

    /// <summary>
    /// The user clicks the Action.Submit (or the Teams fallback of an Action.Execute) with <paramref name="action"/> on
    /// the newest card that has one: a message without text whose value is the button's data plus the inputs.
    /// </summary>
    public Task ClickAsync(string action, params (string Key, string Value)[] inputs)
    {
        var activity = Incoming(ActivityTypes.Message);
        activity.Value = replies.DataOf(action, inputs);
        return SendAsync(activity);
    }

    /// <summary>The next reply of the last exchange passes <paramref name="assert"/>.</summary>
    public Activity Next(Action<Activity> assert, string because)
    {
        ArgumentNullException.ThrowIfNull(assert);
        Assert.True(_pending.Count > 0, $"Expected a reply ({because}), but the bot sent nothing more.");
        var reply = _pending.Dequeue();
        try
        {
            assert(reply);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException($"{because}: {e.Message}\nThe reply was: {reply.Type} {reply.Text} {Replies.CardOf(reply)?.ToJsonString()}");
        }

        return reply;
    }

    /// <summary>Takes the replies left from the last exchange (e.g. to look for one among events), returning them.</summary>
    public IReadOnlyList<Activity> Rest()
    {
        var rest = _pending.ToList();
        _pending.Clear();
        return rest;
    }

    /// <summary>Sends one activity and queues the bot's replies to it.</summary>
    protected async Task SendAsync(Activity activity)
    {
        AssertAllRepliesChecked();
        Receive(await ExchangeAsync(activity));
    }

    /// <summary>Queues replies the bot sent (in order) for <see cref="Next"/>.</summary>
    protected void Receive(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var reply in activities)
        {
            replies.See(reply);
            _pending.Enqueue(reply);
        }
    }

    protected void AssertAllRepliesChecked() =>
        Assert.True(_pending.Count == 0, "Unchecked replies before the next activity: " + string.Join(" | ", _pending.Select(a => a.Text ?? a.Type)));

    /// <summary>A new activity from this user (type set; the subclass fills in the addressing).</summary>
    protected abstract Activity Incoming(string type);

    /// <summary>Delivers <paramref name="activity"/> to the bot and returns its replies, in order.</summary>
    protected abstract Task<IReadOnlyList<Activity>> ExchangeAsync(Activity activity);
}
