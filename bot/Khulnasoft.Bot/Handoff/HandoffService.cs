using System.Globalization;
using System.Text.Json.Nodes;
using Hangfire;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Starts a handoff in a turn of the user's conversation: sends <c>handoff.initiate</c> (for an external hub), offers
/// the conversation to the account's CSM or to <c>Support:Agents</c> (a request card with Accept in each one's personal
/// Teams chat), tells the user who was asked, and schedules the accept timeout. When nobody can be asked, the handoff
/// ends at once and an email follow-up is requested; the caller tells the user (<see cref="HandoffStartOutcome.AgentAvailable"/>).
/// </summary>
public sealed class HandoffService(
    HandoffStore store,
    AgentDirectory directory,
    OfferCards cards,
    TranscriptStore transcripts,
    HandoffAudit audit,
    IBackgroundJobClient jobs,
    IOptions<SupportOptions> options,
    TimeProvider clock,
    ILogger<HandoffService> logger) : IHandoffRequests
{
    public async Task<HandoffStartOutcome> RequestAsync(ITurnContext userTurn, HandoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userTurn);
        ArgumentNullException.ThrowIfNull(request);
        var incoming = userTurn.Activity;
        if (await store.FindByConversationAsync(incoming.ChannelId, incoming.Conversation?.Id, cancellationToken).ConfigureAwait(false) is ({ IsOpen: true } open, HandoffRole.User))
        {
            await userTurn.SendActivityAsync(open.Agent is { } chatting ? HandoffMessages.AlreadyChatting(chatting) : HandoffMessages.AlreadyQueued(open),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return new HandoffStartOutcome(open.Id, [.. open.Offers.Select(o => o.Agent.Name)], true);
        }

        var now = clock.GetUtcNow();
        var record = new HandoffRecord
        {
            Id = "ho_" + Guid.NewGuid().ToString("N"),
            CaseId = request.CaseId,
            Reason = request.Reason,
            Route = request.Route,
            UserName = request.UserName,
            UserId = request.UserId,
            AccountId = request.AccountId,
            CompanyName = request.CompanyName,
            ChecklistDone = request.ChecklistDone,
            ChecklistTotal = request.ChecklistTotal,
            ChecklistPending = request.ChecklistPending,
            User = UserReference(incoming),
            RequestedAt = now,
            Culture = System.Globalization.CultureInfo.CurrentCulture.Name is { Length: > 0 } locale && Localization.SupportedCultures.Match(locale) is not null
                ? locale
                : Localization.TurnCulture.Current.Name,
        };

        var csm = await directory.FindCsmAsync(request.AccountId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<HandoffAgent> candidates = csm is not null ? [csm] : directory.SupportAgents();
        record.FollowUpAddress = csm?.Email ?? options.Value.FollowUpAddress;
        record.Offers = [.. candidates.Select(a => new HandoffOffer(a, null, null, now))];
        await store.CreateAsync(record, cancellationToken).ConfigureAwait(false);
        HandoffLog.Requested(logger, record.Id, record.Reason, candidates.Count);
        await audit.RecordAsync(record, Actor(record), HandoffAudit.Requested, cancellationToken,
            ("reason", record.Reason.ToString()), ("candidates", candidates.Count.ToString(CultureInfo.InvariantCulture))).ConfigureAwait(false);

        await SendInitiationAsync(userTurn, record, cancellationToken).ConfigureAwait(false);

        var offered = await cards.OfferAsync(record, candidates, cancellationToken).ConfigureAwait(false);
        if (offered.Count == 0 && csm is not null && directory.SupportAgents() is { Count: > 0 } support)
        {
            // The CSM can't be reached in Teams: the support team takes it rather than nobody.
            offered = await cards.OfferAsync(record, support, cancellationToken).ConfigureAwait(false);
        }

        if (offered.Count == 0)
        {
            return await NoAgentAsync(record.Id, cancellationToken).ConfigureAwait(false);
        }

        var jobId = jobs.Schedule<HandoffTimeoutJob>(job => job.RunAsync(record.Id, 0, CancellationToken.None), options.Value.AcceptTimeout);
        var stored = await store.UpdateAsync(record.Id, r =>
        {
            if (r.State != HandoffState.Queued || r.Round != 0)
            {
                return false;
            }

            r.Offers = offered;
            r.TimeoutJobId = jobId;
            return true;
        }, cancellationToken).ConfigureAwait(false);

        // An agent may have accepted (or the user cancelled) while the other cards were still being sent.
        var current = stored?.Record ?? record;
        if (current is { State: HandoffState.Active, Agent: { } taker, AcceptedAt: { } acceptedAt })
        {
            await cards.MarkTakenAsync(current, offered, taker, acceptedAt, cancellationToken).ConfigureAwait(false);
        }
        else if (current.State == HandoffState.Queued)
        {
            await userTurn.SendActivityAsync(csm is not null && offered.Exists(o => o.Agent.IsSame(csm.AgentId))
                ? HandoffMessages.AskedCsm(csm)
                : HandoffMessages.AskedSupport(offered.Count), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await audit.RecordAsync(current, HandoffAudit.SystemActor, HandoffAudit.Offered, cancellationToken,
            ("agents", string.Join(",", offered.Select(o => o.Agent.AgentId)))).ConfigureAwait(false);
        return new HandoffStartOutcome(record.Id, [.. offered.Select(o => o.Agent.Name)], true);
    }

    public async Task<bool> IsActiveAsync(ITurnContext userTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userTurn);
        var activity = userTurn.Activity;
        return await store.FindByConversationAsync(activity.ChannelId, activity.Conversation?.Id, cancellationToken).ConfigureAwait(false)
            is ({ IsOpen: true }, HandoffRole.User);
    }

    private static ConversationReference UserReference(Activity incoming)
    {
        var reference = incoming.GetConversationReference();
        reference.ActivityId = null;
        return reference;
    }

    private static string Actor(HandoffRecord record) => record.UserId is { } userId ? Deletion.DeletionActors.User(userId) : HandoffAudit.SystemActor;

    private async Task<HandoffStartOutcome> NoAgentAsync(string handoffId, CancellationToken cancellationToken)
    {
        var wantsFollowUp = false;
        var result = await store.UpdateAsync(handoffId, r =>
        {
            if (!r.Close(HandoffEnding.NoAgent, clock.GetUtcNow()))
            {
                return false;
            }

            r.Offers = [];
            r.TimeoutJobId = null;
            wantsFollowUp = r.UserId is not null;
            r.FollowUpRequested = wantsFollowUp;
            if (!wantsFollowUp)
            {
                r.EraseUser();
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (result is not ({ } record, true))
        {
            return new HandoffStartOutcome(handoffId, [], false);
        }

        await store.UnlinkAsync(handoffId, [record.User], cancellationToken).ConfigureAwait(false);
        HandoffLog.NoAgent(logger, handoffId);
        await audit.RecordAsync(record, HandoffAudit.SystemActor, HandoffAudit.NoAgent, cancellationToken).ConfigureAwait(false);
        if (wantsFollowUp)
        {
            jobs.Enqueue<HandoffFollowUpJob>(job => job.RunAsync(handoffId, CancellationToken.None));
        }

        return new HandoffStartOutcome(handoffId, [], false);
    }

    private async Task SendInitiationAsync(ITurnContext userTurn, HandoffRecord record, CancellationToken cancellationToken)
    {
        var incoming = userTurn.Activity;
        var transcript = incoming is { ChannelId: { } channelId, Conversation.Id: { } conversationId }
            ? await transcripts.GetAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false)
            : [];
        var initiation = HandoffProtocol.CreateInitiation(incoming, Context(record), transcript, Guid.NewGuid().ToString(), clock.GetUtcNow());
        var user = incoming.From;

        // The turn routes every send as the bot; the protocol's initiation is sent on the user's behalf (protocol doc §6.1).
        userTurn.OnSendActivities((_, activities, next) =>
        {
            foreach (var activity in activities)
            {
                if (ReferenceEquals(activity, initiation))
                {
                    activity.From = user;
                }
            }

            return next();
        });
        try
        {
            await userTurn.SendActivityAsync(initiation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectorException or TimeoutRejectedException)
        {
            // A channel without an agent hub may refuse events; the built-in hub still runs.
            HandoffLog.InitiationRefused(logger, record.Id, (e as ConnectorException)?.StatusCode ?? 0);
        }
    }

    /// <summary>The routing context for a hub: what the agent needs to know (null fields left out).</summary>
    private static JsonObject Context(HandoffRecord record)
    {
        var context = new JsonObject
        {
            ["skill"] = HandoffProtocol.Skill,
            ["MessageToAgent"] = HandoffMessages.Headline(record),
            ["handoffId"] = record.Id,
            ["reason"] = record.Reason.ToString(),
            ["route"] = record.Route,
            ["checklist"] = new JsonObject
            {
                ["done"] = record.ChecklistDone,
                ["total"] = record.ChecklistTotal,
                ["pending"] = new JsonArray([.. record.ChecklistPending.Select(p => (JsonNode?)JsonValue.Create(p))]),
            },
        };
        foreach (var (key, value) in new[] { ("caseId", record.CaseId), ("accountId", record.AccountId), ("company", record.CompanyName) })
        {
            if (value is not null)
            {
                context[key] = value;
            }
        }

        return context;
    }
}
