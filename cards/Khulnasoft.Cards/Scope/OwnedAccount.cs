namespace Khulnasoft.Cards.Scope;

/// <summary>An account where the user is the primary owner: it is deleted, and its other members are removed.</summary>
public sealed record OwnedAccount(string AccountId, string Name, IReadOnlyList<string> MembersRemoved);
