namespace Khulnasoft.Bot.Ops;

/// <summary>One open request in the register (and one line of its CSV).</summary>
public sealed record RegisterRow(string CaseId, string UserId, string State, DateOnly Received, DateOnly DueBy, int DaysLeft, bool Overdue, string? ExtensionReason);
