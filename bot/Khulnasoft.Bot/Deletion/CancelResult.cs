namespace Khulnasoft.Bot.Deletion;

/// <summary>The outcome of <see cref="DeletionScheduler.CancelAsync"/> and the case as it now stands (null when not found).</summary>
public sealed record CancelResult(CancelOutcome Outcome, DeletionCase? Case);
