namespace Khulnasoft.Cards.Identity;

/// <summary>The identity the channel vouches for, to be confirmed by the user. <paramref name="AboutDeletion"/>: the
/// question is about the account to delete (starting a deletion); false: only whether it is theirs (status, undo).</summary>
public sealed record IdentityCardInput(string Email, string CardId, bool AboutDeletion = true);
