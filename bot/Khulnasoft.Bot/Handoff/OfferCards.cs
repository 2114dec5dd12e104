using System.Text.Json.Nodes;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Handoff;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// The request cards of a handoff: built from the record, sent to each candidate agent's chat, and updated in every
/// offered chat once someone accepts.
/// </summary>
public sealed class OfferCards(AgentMessenger agents, TimeProvider clock)
{
    /// <summary>Shown when the user's company is not known yet (they asked for a human before choosing an account).</summary>
    public const string UnknownCompany = "an account not chosen yet";

    public static JsonObject Build(HandoffRecord record, HandoffAcceptance? acceptance)
    {
        ArgumentNullException.ThrowIfNull(record);
        return HandoffRequestCard.Build(
            new HandoffRequestCardInput(record.Id, record.CaseId, record.UserName, record.CompanyName ?? UnknownCompany, record.Reason, record.RequestedAt, acceptance),
            CardHost.Teams);
    }

    /// <summary>Sends the request card to each candidate; the offers that reached someone.</summary>
    public async Task<List<HandoffOffer>> OfferAsync(HandoffRecord record, IReadOnlyList<HandoffAgent> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(candidates);
        var card = Build(record, null);
        var offered = new List<HandoffOffer>();
        foreach (var agent in candidates)
        {
            if (await agents.DeliverAsync(agent, HandoffMessages.Headline(record), card, cancellationToken).ConfigureAwait(false) is { } delivered)
            {
                offered.Add(new HandoffOffer(agent, delivered.Conversation, delivered.ActivityId, clock.GetUtcNow()));
            }
        }

        return offered;
    }

    /// <summary>Replaces the Accept button on every offered card with who took the conversation.</summary>
    public Task MarkTakenAsync(HandoffRecord record, HandoffAgent taker, DateTimeOffset at, CancellationToken cancellationToken) =>
        MarkTakenAsync(record, record?.Offers ?? [], taker, at, cancellationToken);

    /// <summary>The same for these offers of <paramref name="record"/>.</summary>
    public async Task MarkTakenAsync(HandoffRecord record, IEnumerable<HandoffOffer> offers, HandoffAgent taker, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(taker);
        var card = Build(record, new HandoffAcceptance(taker.IsExternal ? "an agent of the external hub" : taker.Name, at));
        foreach (var offer in offers)
        {
            if (offer is { Conversation: { } conversation, CardActivityId: { Length: > 0 } activityId })
            {
                await agents.UpdateAsync(conversation, activityId, card, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
