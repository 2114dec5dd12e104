namespace Khulnasoft.Cards.Confirmation;

/// <summary>How the user proves, at the last step, that it is really them.</summary>
public enum StepUpMethod
{
    /// <summary>A fresh one-time code sent by email.</summary>
    OneTimeCode,

    /// <summary>For identities the channel vouches for: re-confirm by typing the account email.</summary>
    TypeAccountEmail,
}
