namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>The outcome of <see cref="OneTimeCodeService.IssueAsync"/>: when the new code expires, or how long until another may be sent.</summary>
public sealed record CodeIssueResult(CodeIssueStatus Status, DateTimeOffset? ExpiresAt, TimeSpan RetryAfter)
{
    public static CodeIssueResult Sent(DateTimeOffset expiresAt) => new(CodeIssueStatus.Sent, expiresAt, TimeSpan.Zero);

    public static CodeIssueResult RateLimited(TimeSpan retryAfter) => new(CodeIssueStatus.RateLimited, null, retryAfter);
}
