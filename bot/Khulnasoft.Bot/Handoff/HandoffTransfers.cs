using Hangfire;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// The owning agent hands the conversation to another agent of <c>Support:Agents</c>: the target gets the request
/// card (the conversation is queued again, with a fresh accept timeout), the user is told, and the old agent is done.
/// </summary>
public sealed class HandoffTransfers(
    HandoffStore store,
    AgentDirectory directory,
    AgentMessenger agents,
    ProactiveSender notifier,
    HandoffAudit audit,
    IBackgroundJobClient jobs,
    IOptions<SupportOptions> options,
    TimeProvider clock)
{
    public async Task<CardActionResult> TransferAsync(ITurnContext turnContext, string handoffId, string? targetAgentId, CancellationToken cancellationToken)
    {
        if (AgentCaller.From(turnContext) is not { } caller)
        {
            return CardActionResult.WithMessage(HandoffMessages.TeamsOnly);
        }

        if (await store.GetAsync(handoffId, cancellationToken).ConfigureAwait(false) is not { } record || !record.IsOpen)
        {
            return CardActionResult.WithMessage(HandoffMessages.NoLongerOpen);
        }

        if (!caller.Owns(record))
        {
            await audit.RecordAsync(record, HandoffAudit.AgentActor(caller.AgentId), HandoffAudit.Refused, cancellationToken, ("attempted", "Transfer")).ConfigureAwait(false);
            return CardActionResult.WithMessage(HandoffMessages.NotYours);
        }

        if (directory.FindSupportAgent(targetAgentId) is not { } target || target.IsSame(caller.AgentId))
        {
            return CardActionResult.WithMessage(HandoffMessages.PickTransferTarget);
        }

        // Reach the target before letting go: if Teams refuses, the conversation stays with the current agent.
        var (headline, card) = HandoffMessages.In(options.Value.AgentCulture, () => (HandoffMessages.Headline(record), OfferCards.Build(record, null)));
        if (await agents.DeliverAsync(target, headline, card, cancellationToken).ConfigureAwait(false)
            is not ({ } conversation, var cardId))
        {
            return CardActionResult.WithMessage(HandoffMessages.TransferUnreachable(target));
        }

        var round = record.Round + 1;
        var timeoutJob = jobs.Schedule<HandoffTimeoutJob>(job => job.RunAsync(handoffId, round, CancellationToken.None), options.Value.AcceptTimeout);
        HandoffAgent? previous = null;
        Runtime.Schema.ConversationReference? previousChat = null;
        var now = clock.GetUtcNow();
        var result = await store.UpdateAsync(handoffId, r =>
        {
            if (!caller.Owns(r) || r.Round != round - 1)
            {
                return false;
            }

            previous = r.Agent;
            previousChat = r.AgentConversation;
            r.State = HandoffState.Queued;
            r.Round = round;
            r.Agent = null;
            r.AgentConversation = null;
            r.AcceptedAt = null;
            r.Offers = [new HandoffOffer(target, conversation, cardId, now)];
            r.TimeoutJobId = timeoutJob;
            return true;
        }, cancellationToken).ConfigureAwait(false);

        if (result is not ({ } updated, true) || previous is null)
        {
            jobs.Delete(timeoutJob);
            return CardActionResult.WithMessage(HandoffMessages.NotYours);
        }

        await store.UnlinkAsync(handoffId, [previousChat], cancellationToken).ConfigureAwait(false);
        await notifier.SendAsync(updated.User!, HandoffMessages.ForUser(updated, () => HandoffMessages.Transferring(previous, target)), cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(updated, HandoffAudit.AgentActor(previous.AgentId), HandoffAudit.Transferred, cancellationToken,
            ("from", previous.AgentId), ("to", target.AgentId)).ConfigureAwait(false);
        return CardActionResult.WithMessage(HandoffMessages.TransferredToAgent(target));
    }
}
