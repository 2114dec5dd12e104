namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>What asking for a one-time code did.</summary>
public enum CodeIssueStatus
{
    /// <summary>A new challenge is armed (and, when the address belongs to a user, the code is on its way).
    /// Deliberately the same answer whether or not the address belongs to anyone.</summary>
    Sent,

    /// <summary>The hourly limit for this address is reached; nothing was sent or changed.</summary>
    RateLimited,
}
