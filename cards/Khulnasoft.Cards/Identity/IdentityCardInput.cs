namespace Khulnasoft.Cards.Identity;

/// <summary>The identity the channel vouches for, to be confirmed by the user.</summary>
public sealed record IdentityCardInput(string Email, string CardId);
