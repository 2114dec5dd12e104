using System.Text.Json.Nodes;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Handoff;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// The request cards of a handoff: built from the record, sent to each candidate agent's chat, and updated in every
/// offered chat once someone accepts. Both are sent outside the receiving agents' own turns, so they speak
/// <c>Support:AgentCulture</c> (<see cref="SupportOptions.AgentCulture"/>).
/// </summary>
public sealed class OfferCards(AgentMessenger agents, IOptions<SupportOptions> options, TimeProvider clock)
{
    /// <summary>Builds a text or card for agents outside their own turns, in <c>Support:AgentCulture</c>.</summary>
    public T ForAgents<T>(Func<T> build) => HandoffMessages.In(options.Value.AgentCulture, build);

    public static JsonObject Build(HandoffRecord record, HandoffAcceptance? acceptance)
    {
        ArgumentNullException.ThrowIfNull(record);
        return HandoffRequestCard.Build(
            new HandoffRequestCardInput(record.Id, record.CaseId, record.UserName, record.CompanyName ?? HandoffMessages.UnknownCompany, record.Reason, record.RequestedAt, acceptance),
            CardHost.Teams);
    }

    /// <summary>Sends the request card to each candidate; the offers that reached someone.</summary>
    public async Task<List<HandoffOffer>> OfferAsync(HandoffRecord record, IReadOnlyList<HandoffAgent> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(candidates);
        var (card, headline) = ForAgents(() => (Build(record, null), HandoffMessages.Headline(record)));
        var offered = new List<HandoffOffer>();
        foreach (var agent in candidates)
        {
            if (await agents.DeliverAsync(agent, headline, card, cancellationToken).ConfigureAwait(false) is { } delivered)
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
        var card = ForAgents(() => Build(record, new HandoffAcceptance(taker.IsExternal ? HandoffMessages.ExternalAgent : taker.Name, at)));
        foreach (var offer in offers)
        {
            if (offer is { Conversation: { } conversation, CardActivityId: { Length: > 0 } activityId })
            {
                await agents.UpdateAsync(conversation, activityId, card, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
