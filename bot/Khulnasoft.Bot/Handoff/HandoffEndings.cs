using Hangfire;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Every way a handoff ends: the agent hands back (the dialog resumes at the same step through the optional
/// <see cref="IConversationResumer"/>) or closes, the user stops waiting, or an external hub
/// reports <c>handoff.status</c>. Each ending is one ETag-guarded change, so it happens once; the user's details are
/// erased from the record unless an email follow-up still needs them.
/// </summary>
public sealed class HandoffEndings(
    HandoffStore store,
    AgentMessenger agents,
    OfferCards cards,
    ProactiveSender notifier,
    HandoffAudit audit,
    IBackgroundJobClient jobs,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<HandoffEndings> logger)
{
    public Task<CardActionResult> HandBackAsync(ITurnContext agentTurn, string handoffId, CancellationToken cancellationToken) =>
        EndByAgentAsync(agentTurn, handoffId, HandoffEnding.HandedBack, cancellationToken);

    public Task<CardActionResult> CloseAsync(ITurnContext agentTurn, string handoffId, CancellationToken cancellationToken) =>
        EndByAgentAsync(agentTurn, handoffId, HandoffEnding.Closed, cancellationToken);

    /// <summary>The user stops waiting (in a turn of the user's conversation).</summary>
    public async Task CancelAsync(ITurnContext userTurn, string handoffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userTurn);
        string? timeoutJob = null;
        ConversationReference? user = null;
        var result = await store.UpdateAsync(handoffId, r =>
        {
            if (r.State != HandoffState.Queued)
            {
                return false;
            }

            timeoutJob = r.TimeoutJobId;
            user = r.User;
            r.Close(HandoffEnding.Cancelled, clock.GetUtcNow());
            r.TimeoutJobId = null;
            r.EraseUser();
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (result is ({ } record, true))
        {
            if (timeoutJob is not null)
            {
                jobs.Delete(timeoutJob);
            }

            await store.UnlinkAsync(handoffId, [user], cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(record, HandoffAudit.SystemActor, HandoffAudit.Cancelled, cancellationToken).ConfigureAwait(false);
            HandoffLog.Ended(logger, handoffId, HandoffEnding.Cancelled);
        }

        await userTurn.SendActivityAsync(HandoffMessages.UserCancelled, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A <c>handoff.status</c> event from an external hub, in a turn of the user's conversation: <c>accepted</c> stops our
    /// own offers, <c>failed</c> tells the user, <c>completed</c> gives the conversation back to the bot.
    /// </summary>
    public async Task HubStatusAsync(ITurnContext userTurn, string handoffId, string state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userTurn);
        switch (state)
        {
            case HandoffProtocol.StatusAccepted:
                await HubAcceptedAsync(handoffId, cancellationToken).ConfigureAwait(false);
                break;
            case HandoffProtocol.StatusFailed:
                await HubFailedAsync(userTurn, handoffId, cancellationToken).ConfigureAwait(false);
                break;
            case HandoffProtocol.StatusCompleted:
                await HubCompletedAsync(userTurn, handoffId, cancellationToken).ConfigureAwait(false);
                break;
            default:
                HandoffLog.UnknownHubState(logger, handoffId);
                break;
        }
    }

    private async Task<CardActionResult> EndByAgentAsync(ITurnContext agentTurn, string handoffId, HandoffEnding ending, CancellationToken cancellationToken)
    {
        if (AgentCaller.From(agentTurn) is not { } caller)
        {
            return CardActionResult.WithMessage(HandoffMessages.TeamsOnly);
        }

        HandoffAgent? agent = null;
        ConversationReference? user = null;
        ConversationReference? agentChat = null;
        var result = await store.UpdateAsync(handoffId, r =>
        {
            if (!caller.Owns(r))
            {
                return false;
            }

            agent = r.Agent;
            user = r.User;
            agentChat = r.AgentConversation;
            r.Close(ending, clock.GetUtcNow());
            r.EraseUser();
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (result is not ({ } record, var changed))
        {
            return CardActionResult.WithMessage(HandoffMessages.NoLongerOpen);
        }

        if (!changed || agent is null || user is null)
        {
            if (!record.IsOpen)
            {
                return CardActionResult.WithMessage(HandoffMessages.NoLongerOpen);
            }

            await audit.RecordAsync(record, HandoffAudit.AgentActor(caller.AgentId), HandoffAudit.Refused, cancellationToken, ("attempted", ending.ToString())).ConfigureAwait(false);
            return CardActionResult.WithMessage(HandoffMessages.NotYours);
        }

        await store.UnlinkAsync(handoffId, [user, agentChat], cancellationToken).ConfigureAwait(false);
        HandoffLog.Ended(logger, handoffId, ending);
        if (ending == HandoffEnding.HandedBack)
        {
            await notifier.ContinueAsync(user, async (turn, ct) =>
            {
                HandoffMessages.UseLanguageOf(record);
                await turn.SendActivityAsync(HandoffMessages.HandedBack(agent), cancellationToken: ct).ConfigureAwait(false);
                await ResumeAsync(turn, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(record, HandoffAudit.AgentActor(agent.AgentId), HandoffAudit.HandedBack, cancellationToken, ("agent", agent.AgentId)).ConfigureAwait(false);
            return CardActionResult.WithMessage(HandoffMessages.HandedBackToAgent);
        }

        await notifier.SendAsync(user, HandoffMessages.ForUser(record, () => HandoffMessages.Closed(agent)), cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(record, HandoffAudit.AgentActor(agent.AgentId), HandoffAudit.Closed, cancellationToken, ("agent", agent.AgentId)).ConfigureAwait(false);
        return CardActionResult.WithMessage(HandoffMessages.ClosedToAgent);
    }

    private async Task HubAcceptedAsync(string handoffId, CancellationToken cancellationToken)
    {
        string? timeoutJob = null;
        var external = HandoffAgent.External();
        var now = clock.GetUtcNow();
        var result = await store.UpdateAsync(handoffId, r =>
        {
            if (r.State != HandoffState.Queued)
            {
                return false;
            }

            timeoutJob = r.TimeoutJobId;
            r.HubState = HandoffProtocol.StatusAccepted;
            r.State = HandoffState.Active;
            r.Agent = external;
            r.AcceptedAt = now;
            r.TimeoutJobId = null;
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (result is not ({ } record, true))
        {
            return;
        }

        if (timeoutJob is not null)
        {
            jobs.Delete(timeoutJob);
        }

        await cards.MarkTakenAsync(record, external, now, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(record, HandoffAudit.HubActor, HandoffAudit.HubAccepted, cancellationToken).ConfigureAwait(false);
    }

    private async Task HubFailedAsync(ITurnContext userTurn, string handoffId, CancellationToken cancellationToken)
    {
        ConversationReference? user = null;
        var result = await store.UpdateAsync(handoffId, r =>
        {
            if (!r.IsOpen)
            {
                return false;
            }

            r.HubState = HandoffProtocol.StatusFailed;
            // Our own offers are still out: the user keeps waiting for them.
            var ourOffersPending = r.State == HandoffState.Queued && r.Offers.Count > 0;
            if (!ourOffersPending)
            {
                user = r.User;
                r.Close(HandoffEnding.HubFailed, clock.GetUtcNow());
                r.EraseUser();
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (result is not ({ } record, true))
        {
            return;
        }

        await audit.RecordAsync(record, HandoffAudit.HubActor, HandoffAudit.HubFailed, cancellationToken).ConfigureAwait(false);
        if (record.IsOpen)
        {
            await userTurn.SendActivityAsync(HandoffMessages.ForUser(record, () => HandoffMessages.HubFailedStillWaiting(record)), cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        await store.UnlinkAsync(handoffId, [user], cancellationToken).ConfigureAwait(false);
        HandoffLog.Ended(logger, handoffId, HandoffEnding.HubFailed);
        await userTurn.SendActivityAsync(HandoffMessages.ForUser(record, () => HandoffMessages.ExternalHubFailed + " " + HandoffMessages.BackWithBot), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task HubCompletedAsync(ITurnContext userTurn, string handoffId, CancellationToken cancellationToken)
    {
        ConversationReference? user = null;
        ConversationReference? agentChat = null;
        HandoffAgent? agent = null;
        var result = await store.UpdateAsync(handoffId, r =>
        {
            if (!r.IsOpen)
            {
                return false;
            }

            user = r.User;
            agentChat = r.AgentConversation;
            agent = r.Agent;
            r.HubState = HandoffProtocol.StatusCompleted;
            r.Close(HandoffEnding.HubCompleted, clock.GetUtcNow());
            r.TimeoutJobId = null;
            r.EraseUser();
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (result is not ({ } record, true))
        {
            return;
        }

        await store.UnlinkAsync(handoffId, [user, agentChat], cancellationToken).ConfigureAwait(false);
        HandoffLog.Ended(logger, handoffId, HandoffEnding.HubCompleted);
        if (agent is { IsExternal: false } && agentChat is not null)
        {
            await agents.SendAsync(agentChat, cards.ForAgents(() => HandoffMessages.HubCompletedToAgent), null, cancellationToken).ConfigureAwait(false);
        }

        await audit.RecordAsync(record, HandoffAudit.HubActor, HandoffAudit.HubCompleted, cancellationToken).ConfigureAwait(false);
        await ResumeAsync(userTurn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Brings the user back to where the dialog stood, or says how to continue when no resumer is registered. The
    /// resumer is resolved here, when a handoff ends, not with this class: the card actions and the relay that take
    /// this class are built for every turn, and the resumer is the whole conversation's dialog tree.
    /// </summary>
    private async Task ResumeAsync(ITurnContext userTurn, CancellationToken cancellationToken)
    {
        if (services.GetServices<IConversationResumer>().FirstOrDefault() is { } resumer)
        {
            await resumer.ResumeAsync(userTurn, cancellationToken).ConfigureAwait(false);
            return;
        }

        await userTurn.SendActivityAsync(HandoffMessages.BackWithoutResumer, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
