namespace Khulnasoft.Cards.Confirmation;

/// <summary>How the user proves, at the last step, that it is really them: always a mailed one-time code.</summary>
public enum StepUpMethod
{
    /// <summary>A fresh one-time code sent by email.</summary>
    OneTimeCode,
}
