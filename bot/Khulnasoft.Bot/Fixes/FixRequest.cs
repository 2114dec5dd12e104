namespace Khulnasoft.Bot.Fixes;

/// <summary>
/// A "Do it for me" click (or its confirmation) as the checklist hands it on: who asks, the accounts their deletion
/// covers (only these are ever changed), the checklist's card id, and the click's <c>item</c> and <c>resourceId</c>
/// exactly as sent (untrusted: checked against the live account API).
/// </summary>
public sealed record FixRequest(string UserId, IReadOnlyList<string> AccountIds, string CardId, string? Item, string? ResourceId);
