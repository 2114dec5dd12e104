namespace Khulnasoft.Bot.Deletion;

/// <summary>One entry of a case's history: a state change, when, and who (a user id, an operator, or a job).</summary>
public sealed record DeletionTransition(DeletionCaseState From, DeletionCaseState To, DateTimeOffset At, string Actor, string? Note = null);
