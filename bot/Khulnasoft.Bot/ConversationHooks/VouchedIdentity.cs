namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>The Khulnasoft user the channel vouches for. Not yet verified: the user must still confirm it is the account they mean.</summary>
public sealed record VouchedIdentity(string UserId, string Email, string Name, IdentitySource Source)
{
    /// <summary>The identity once the user has confirmed it.</summary>
    public VerifiedIdentity Confirmed() => new(UserId, Email, Name, Source);
}
