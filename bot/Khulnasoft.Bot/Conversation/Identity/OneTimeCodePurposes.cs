namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>What a one-time code is for. Each purpose has its own challenge and its own hourly limit per address.</summary>
public static class OneTimeCodePurposes
{
    /// <summary>"Who are you": proves the email typed in chat.</summary>
    public const string Identity = "identity";

    /// <summary>The final confirmation of a deletion (a fresh code).</summary>
    public const string StepUp = "step-up";

    public static bool IsKnown(string purpose) => purpose is Identity or StepUp;
}
