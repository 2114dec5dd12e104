using Hangfire;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Handoff;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// An agent's Accept: the first accept wins (ETag-guarded), later ones are told who took it, every offered card is
/// updated, the user is told who joined, and the agent gets the context card (transcript so far, checklist state).
/// </summary>
public sealed class HandoffAccepting(
    HandoffStore store,
    AgentDirectory directory,
    AgentMessenger agents,
    OfferCards cards,
    TranscriptStore transcripts,
    ProactiveSender notifier,
    HandoffAudit audit,
    IBackgroundJobClient jobs,
    TimeProvider clock)
{
    public async Task<CardActionResult> AcceptAsync(ITurnContext turnContext, string handoffId, CancellationToken cancellationToken)
    {
        if (AgentCaller.From(turnContext) is not { } caller)
        {
            return CardActionResult.WithMessage(HandoffMessages.TeamsOnly);
        }

        var activity = turnContext.Activity;
        if (await store.FindByConversationAsync(activity.ChannelId, activity.Conversation?.Id, cancellationToken).ConfigureAwait(false) is ({ } busy, HandoffRole.Agent)
            && busy.Id != handoffId && caller.Owns(busy))
        {
            return CardActionResult.WithMessage(HandoffMessages.AgentOnline);
        }

        var now = clock.GetUtcNow();
        string? timeoutJob = null;
        var result = await store.UpdateAsync(handoffId, r =>
        {
            if (r.State != HandoffState.Queued || r.OfferFor(caller.AgentId) is not { } offer)
            {
                return false;
            }

            timeoutJob = r.TimeoutJobId;
            r.State = HandoffState.Active;
            r.Agent = offer.Agent;
            r.AgentConversation = caller.Conversation;
            r.AcceptedAt = now;
            r.TimeoutJobId = null;
            return true;
        }, cancellationToken).ConfigureAwait(false);

        if (result is not ({ } record, var changed))
        {
            return CardActionResult.WithMessage(HandoffMessages.NoLongerOpen);
        }

        if (!changed)
        {
            if (record is { State: HandoffState.Active, Agent: { } mine, AcceptedAt: { } acceptedAt } && mine.IsSame(caller.AgentId))
            {
                // Accept clicked again (or retried after a failure): the agent gets the context card again.
                await agents.SendAsync(caller.Conversation, HandoffMessages.AcceptedToAgent(record), await ContextCardAsync(record, mine, cancellationToken).ConfigureAwait(false),
                    cancellationToken).ConfigureAwait(false);
                return CardActionResult.WithCard(Accepted(record, mine, acceptedAt));
            }

            return record switch
            {
                { State: HandoffState.Active, Agent: { } owner, AcceptedAt: { } at } =>
                    new CardActionResult(Accepted(record, owner, at), HandoffMessages.Taken(owner)),
                { State: HandoffState.Queued } => await RefuseAsync(record, caller, CardActions.HandoffAccept, HandoffMessages.NotOffered, cancellationToken).ConfigureAwait(false),
                _ => CardActionResult.WithMessage(HandoffMessages.NoLongerOpen),
            };
        }

        var agent = record.Agent!;
        if (timeoutJob is not null)
        {
            jobs.Delete(timeoutJob);
        }

        await store.LinkAsync(caller.Conversation, record.Id, HandoffRole.Agent, cancellationToken).ConfigureAwait(false);
        await agents.RememberAsync(agent, caller.Conversation, cancellationToken).ConfigureAwait(false);
        await cards.MarkTakenAsync(record, agent, now, cancellationToken).ConfigureAwait(false);
        await notifier.SendAsync(record.User!, HandoffMessages.ForUser(record, () => HandoffMessages.Joined(agent)), cancellationToken).ConfigureAwait(false);
        await agents.SendAsync(caller.Conversation, HandoffMessages.AcceptedToAgent(record), await ContextCardAsync(record, agent, cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(record, HandoffAudit.AgentActor(agent.AgentId), HandoffAudit.Accepted, cancellationToken, ("agent", agent.AgentId)).ConfigureAwait(false);
        return CardActionResult.WithCard(Accepted(record, agent, now));
    }

    /// <summary>The agent's context card: case, route, checklist state, the transcript so far, transfer targets.</summary>
    public async Task<System.Text.Json.Nodes.JsonObject> ContextCardAsync(HandoffRecord record, HandoffAgent agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(agent);
        IReadOnlyList<TranscriptEntry> transcript = record.User is { ChannelId: { } channelId, Conversation.Id: { } conversationId }
            ? await transcripts.GetAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false)
            : [];
        var targets = directory.SupportAgents().Where(a => !a.IsSame(agent.AgentId)).Select(a => new AgentChoice(a.AgentId, a.Name + " (" + a.Title + ")")).ToList();
        return AgentContextCard.Build(
            new AgentContextCardInput(
                record.Id,
                record.CaseId,
                record.UserName,
                record.Route,
                record.ChecklistDone,
                record.ChecklistTotal,
                record.ChecklistPending,
                [.. transcript.Select(e => new TranscriptLine(e.At, e.Name, e.Text))],
                targets),
            CardHost.Teams);
    }

    private async Task<CardActionResult> RefuseAsync(HandoffRecord record, AgentCaller caller, string action, string message, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(record, HandoffAudit.AgentActor(caller.AgentId), HandoffAudit.Refused, cancellationToken, ("attempted", action)).ConfigureAwait(false);
        return CardActionResult.WithMessage(message);
    }

    private static System.Text.Json.Nodes.JsonObject Accepted(HandoffRecord record, HandoffAgent agent, DateTimeOffset at) =>
        OfferCards.Build(record, new HandoffAcceptance(agent.IsExternal ? HandoffMessages.ExternalAgent : agent.Name, at));
}
