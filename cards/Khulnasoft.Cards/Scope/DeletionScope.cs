namespace Khulnasoft.Cards.Scope;

/// <summary>Exactly what a deletion touches, from the live account API.</summary>
public sealed record DeletionScope(
    string UserEmail,
    IReadOnlyList<OwnedAccount> AccountsDeleted,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Subscriptions)
{
    public int MembersRemovedCount => AccountsDeleted.Sum(a => a.MembersRemoved.Count);
}
