namespace Khulnasoft.Cards.Checklist;

/// <summary>
/// A change the bot can make for an open checklist item ("Do it for me"): its button sends <c>checklist.fix</c> with the
/// item, this <paramref name="ResourceId"/> (a subscription id, zone id, registrar domain name or account id) and the
/// card's id. <paramref name="Name"/> tells several fixes of one item apart ("Argo Smart Routing"); null when the item
/// has one.
/// </summary>
public sealed record ChecklistFix(string ResourceId, string? Name = null);
