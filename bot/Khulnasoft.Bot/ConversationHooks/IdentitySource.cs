namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>How the user's identity was established; decides the step-up method at the final confirmation.</summary>
public enum IdentitySource
{
    /// <summary>Teams: the Entra identity (<c>from.aadObjectId</c> + tenant) the channel vouches for.</summary>
    TeamsEntra,

    /// <summary>Direct Line: a user id bound into the token by the embedding site.</summary>
    DirectLineBinding,

    /// <summary>An email typed in chat and proven with a one-time code.</summary>
    EmailCode,
}
