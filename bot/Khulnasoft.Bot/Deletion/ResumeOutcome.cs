namespace Khulnasoft.Bot.Deletion;

/// <summary>What asking to resume a case came to.</summary>
public enum ResumeOutcome
{
    NotFound,

    /// <summary>The case is not paused (blocked), so there is nothing to resume; it is unchanged.</summary>
    NotBlocked,

    /// <summary>The prerequisites, read again live, still block the deletion; the case stays paused, unchanged.</summary>
    StillBlocked,

    Resumed,
}
