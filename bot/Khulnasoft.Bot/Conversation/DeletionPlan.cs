using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// What deleting a user would touch and which route it takes, read live from the account API.
/// <paramref name="RouteAccountId"/>/<paramref name="RouteAccountName"/> name the account that decided a
/// non-self-serve route (the SSO account whose super administrators approve, or the contract account).
/// </summary>
public sealed record DeletionPlan(
    DeletionRoute Route,
    DeletionScope Scope,
    IReadOnlyList<string> OwnedAccountIds,
    string? RouteAccountId,
    string? RouteAccountName);
