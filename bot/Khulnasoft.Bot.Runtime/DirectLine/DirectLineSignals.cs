namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The in-process fan-out from "an activity was appended to conversation X" to the open streams of X on this
/// instance. A singleton: it holds only the live subscriptions of this process. The Redis store feeds it from
/// pub/sub, so an append on another instance wakes the streams here too.
/// </summary>
public sealed class DirectLineSignals
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<DirectLineSubscription>> _subscriptions = new(StringComparer.Ordinal);

    public DirectLineSubscription Subscribe(string conversationId)
    {
        var subscription = new DirectLineSubscription(conversationId, Unsubscribe);
        lock (_gate)
        {
            if (!_subscriptions.TryGetValue(conversationId, out var subscribers))
            {
                subscribers = [];
                _subscriptions[conversationId] = subscribers;
            }

            subscribers.Add(subscription);
        }

        return subscription;
    }

    public void Notify(string conversationId)
    {
        DirectLineSubscription[] targets;
        lock (_gate)
        {
            if (!_subscriptions.TryGetValue(conversationId, out var subscribers))
            {
                return;
            }

            targets = [.. subscribers];
        }

        foreach (var target in targets)
        {
            target.Signal();
        }
    }

    private void Unsubscribe(DirectLineSubscription subscription)
    {
        lock (_gate)
        {
            if (_subscriptions.TryGetValue(subscription.ConversationId, out var subscribers)
                && subscribers.Remove(subscription) && subscribers.Count == 0)
            {
                _subscriptions.Remove(subscription.ConversationId);
            }
        }
    }
}
