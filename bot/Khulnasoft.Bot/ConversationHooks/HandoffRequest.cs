using Khulnasoft.Cards.Handoff;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// Why and for whom a human is needed, with the context the agent sees. <paramref name="AccountId"/> (when known)
/// finds the CSM of a contract account; <paramref name="ChecklistPending"/> lists the prerequisites still open.
/// </summary>
public sealed record HandoffRequest(
    HandoffReason Reason,
    string UserName,
    string? UserId,
    string? AccountId,
    string? CompanyName,
    string? CaseId,
    string Route,
    int ChecklistDone,
    int ChecklistTotal,
    IReadOnlyList<string> ChecklistPending);
