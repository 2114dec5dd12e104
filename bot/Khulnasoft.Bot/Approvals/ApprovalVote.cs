namespace Khulnasoft.Bot.Approvals;

/// <summary>One super administrator's approval (four-eyes counts distinct <paramref name="UserId"/>s).</summary>
public sealed record ApprovalVote(string UserId, string Name, DateTimeOffset At);
