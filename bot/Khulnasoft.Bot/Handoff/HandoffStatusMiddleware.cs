using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using IMiddleware = Khulnasoft.Bot.Runtime.Turns.IMiddleware;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Honours <c>handoff.status</c> events an external agent hub sends into the user's conversation (protocol doc §6.1),
/// whatever the bot does with events; the turn then continues as usual (the event is never rejected).
/// <see cref="HandoffEndings"/> is created per event: it reaches the dialog (through the resumer), which may itself need
/// the adapter this middleware is part of, so it cannot be a constructor dependency.
/// </summary>
public sealed class HandoffStatusMiddleware(HandoffStore store, Func<HandoffEndings> endings) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Event) && string.Equals(activity.Name, HandoffProtocol.StatusEventName, StringComparison.Ordinal)
            && activity.Value is JsonObject value && value["state"] is JsonValue stateValue && stateValue.TryGetValue<string>(out var state)
            && await store.FindByConversationAsync(activity.ChannelId, activity.Conversation?.Id, cancellationToken).ConfigureAwait(false) is ({ } record, HandoffRole.User))
        {
            await endings().HubStatusAsync(turnContext, record.Id, state.ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
        }

        await next(cancellationToken).ConfigureAwait(false);
    }
}
