using Khulnasoft.Cards.Checklist;

namespace Khulnasoft.Bot.Fixes;

/// <summary>
/// One change the API can make for an open checklist item of one account: which item and resource (a subscription id,
/// zone id, registrar domain name, or the account id for its payment method), the name a button shows when an item has
/// several (a subscription's plan), what will happen and what it costs (<see cref="Summary"/>, in the turn's language),
/// and why the bot won't make it (<see cref="Refusal"/>: a contract, or the user's role), or null when it may.
/// </summary>
public sealed record FixOffer(
    ChecklistItemKind Kind,
    string AccountId,
    string AccountName,
    string ResourceId,
    string? ButtonName,
    string Subject,
    string Summary,
    FixRefusal? Refusal,
    IReadOnlyList<string> Roles)
{
    public bool Allowed => Refusal is null;
}
