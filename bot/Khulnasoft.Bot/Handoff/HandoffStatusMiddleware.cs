using System.Text.Json.Nodes;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;
using IMiddleware = Khulnasoft.Bot.Runtime.Turns.IMiddleware;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Honours <c>handoff.status</c> events the external agent hub sends into the user's conversation (protocol doc §6.1),
/// whatever the bot does with events; the turn then continues as usual (the event is never rejected). Only the hub
/// may end or take over a handoff: the event counts when a channel authenticated the turn and it comes from
/// <c>Support:ExternalHub</c>'s account (and channel). Anything else — the user sending the event in their own
/// conversation, anonymous local mode, this bot's own Direct Line — changes nothing and is audited as
/// <see cref="HandoffAudit.HubStatusRefused"/>.
/// <see cref="HandoffEndings"/> is created per event: it reaches the dialog (through the resumer), which may itself need
/// the adapter this middleware is part of, so it cannot be a constructor dependency.
/// </summary>
public sealed class HandoffStatusMiddleware(
    HandoffStore store,
    Func<HandoffEndings> endings,
    HandoffAudit audit,
    IOptions<SupportOptions> options,
    ILogger<HandoffStatusMiddleware> logger) : IMiddleware
{
    private readonly ExternalHubOptions _hub = options.Value.ExternalHub;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Event) && string.Equals(activity.Name, HandoffProtocol.StatusEventName, StringComparison.Ordinal)
            && activity.Value is JsonObject value && value["state"] is JsonValue stateValue && stateValue.TryGetValue<string>(out var state)
            && await store.FindByConversationAsync(activity.ChannelId, activity.Conversation?.Id, cancellationToken).ConfigureAwait(false) is ({ } record, HandoffRole.User))
        {
            if (IsFromTheHub(turnContext))
            {
                await endings().HubStatusAsync(turnContext, record.Id, state.ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                HandoffLog.HubStatusRefused(logger, record.Id, activity.ChannelId);
                await audit.RecordAsync(record, HandoffAudit.SystemActor, HandoffAudit.HubStatusRefused, cancellationToken,
                    ("state", state.ToLowerInvariant()), ("channel", activity.ChannelId), ("sender", activity.From?.Id)).ConfigureAwait(false);
            }
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    private bool IsFromTheHub(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return _hub.AccountId.Length > 0
            && string.Equals(activity.From?.Id, _hub.AccountId, StringComparison.Ordinal)
            && (_hub.ChannelId.Length == 0 || string.Equals(activity.ChannelId, _hub.ChannelId, StringComparison.Ordinal))
            && ChannelIdentityResolver.IsChannelAuthenticated(turnContext);
    }
}
