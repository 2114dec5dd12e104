using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>
/// The SDK's turn context: sends are routed back into the incoming conversation, run through the registered
/// hooks, and (for <c>expectReplies</c>) buffered instead of going to the channel.
/// </summary>
public sealed class TurnContext : ITurnContext, IDisposable
{
    private readonly List<SendActivitiesHandler> _onSend = [];
    private readonly List<UpdateActivityHandler> _onUpdate = [];
    private readonly List<DeleteActivityHandler> _onDelete = [];
    private bool _disposed;

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public BotAdapter Adapter { get; }

    public TurnContextStateCollection TurnState { get; } = new();

    public Activity Activity { get; }

    public bool Responded { get; private set; }

    /// <summary>What the bot sent during an <c>expectReplies</c> turn, in order.</summary>
    public List<Activity> BufferedReplyActivities { get; } = [];

    public Task<ResourceResponse?> SendActivityAsync(string textReplyToSend, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(textReplyToSend);
        var activity = Activity.CreateMessageActivity(textReplyToSend);
        activity.Speak = speak;
        activity.InputHint = inputHint;
        return SendActivityAsync(activity, cancellationToken);
    }

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : null;
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var reference = Activity.GetConversationReference();
        var outgoing = new List<Activity>();
        foreach (var activity in activities)
        {
            activity.ApplyConversationReference(reference);
            if (activity.IsType(ActivityTypes.Message) && activity.InputHint is null)
            {
                activity.InputHint = InputHints.AcceptingInput;
            }

            outgoing.Add(activity);
        }

        return RunSendHooksAsync(outgoing, 0, cancellationToken);
    }

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ObjectDisposedException.ThrowIf(_disposed, this);
        activity.ApplyConversationReference(Activity.GetConversationReference());
        return RunUpdateHooksAsync(activity, 0, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return DeleteActivityAsync(reference, cancellationToken);
    }

    public Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationReference);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return RunDeleteHooksAsync(conversationReference, 0, cancellationToken);
    }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onSend.Add(handler);
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onUpdate.Add(handler);
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onDelete.Add(handler);
        return this;
    }

    public void Dispose()
    {
        _disposed = true;
        TurnState.Clear();
    }

    private Task<ResourceResponse[]> RunSendHooksAsync(List<Activity> activities, int index, CancellationToken cancellationToken)
    {
        if (index < _onSend.Count)
        {
            return _onSend[index](this, activities, () => RunSendHooksAsync(activities, index + 1, cancellationToken));
        }

        return DeliverAsync(activities, cancellationToken);
    }

    private async Task<ResourceResponse[]> DeliverAsync(List<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        // The invokeResponse activity never goes to the channel: the adapter turns it into the HTTP answer.
        // For expectReplies it is also part of the returned list (SDK behaviour).
        var expectReplies = string.Equals(Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        var responses = new ResourceResponse[activities.Count];
        var toChannel = new List<(int Index, Activity Activity)>();
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.IsType(ActivityTypes.InvokeResponse))
            {
                TurnState[BotAdapter.InvokeResponseKey] = activity;
            }

            if (expectReplies)
            {
                BufferedReplyActivities.Add(activity);
                responses[i] = new ResourceResponse(string.Empty);
            }
            else if (activity.IsType(ActivityTypes.InvokeResponse))
            {
                responses[i] = new ResourceResponse(string.Empty);
            }
            else
            {
                toChannel.Add((i, activity));
            }
        }

        if (toChannel.Count > 0)
        {
            var sent = await Adapter.SendActivitiesAsync(this, [.. toChannel.Select(x => x.Activity)], cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < toChannel.Count; j++)
            {
                responses[toChannel[j].Index] = j < sent.Length ? sent[j] : new ResourceResponse(string.Empty);
            }
        }

        if (activities.Exists(a => !a.IsType(ActivityTypes.Trace) && !a.IsType(ActivityTypes.InvokeResponse)))
        {
            Responded = true;
        }

        return responses;
    }

    private Task<ResourceResponse?> RunUpdateHooksAsync(Activity activity, int index, CancellationToken cancellationToken)
    {
        if (index < _onUpdate.Count)
        {
            return _onUpdate[index](this, activity, () => RunUpdateHooksAsync(activity, index + 1, cancellationToken));
        }

        return Adapter.UpdateActivityAsync(this, activity, cancellationToken)!;
    }

    private Task RunDeleteHooksAsync(ConversationReference reference, int index, CancellationToken cancellationToken)
    {
        if (index < _onDelete.Count)
        {
            return _onDelete[index](this, reference, () => RunDeleteHooksAsync(reference, index + 1, cancellationToken));
        }

        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }
}
