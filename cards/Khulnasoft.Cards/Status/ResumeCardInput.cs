namespace Khulnasoft.Cards.Status;

/// <summary>The question before a paused deletion resumes: nothing blocks case <paramref name="CaseId"/> any more.</summary>
public sealed record ResumeCardInput(string CaseId);
