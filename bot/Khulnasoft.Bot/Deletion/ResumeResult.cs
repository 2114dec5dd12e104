namespace Khulnasoft.Bot.Deletion;

/// <summary>The outcome of a resume, the case as it now is (null when not found), and what still blocks it (said by <see cref="BlockerTexts"/>).</summary>
public sealed record ResumeResult(ResumeOutcome Outcome, DeletionCase? Case, IReadOnlyList<CaseBlocker> Unmet);
