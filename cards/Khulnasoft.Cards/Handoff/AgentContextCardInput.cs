namespace Khulnasoft.Cards.Handoff;

/// <summary>What the agent sees once they accept: the case, the route, the checklist state and the transcript.</summary>
public sealed record AgentContextCardInput(
    string HandoffId,
    string? CaseId,
    string UserName,
    string Route,
    int ChecklistDone,
    int ChecklistTotal,
    IReadOnlyList<string> ChecklistPending,
    IReadOnlyList<TranscriptLine> Transcript,
    IReadOnlyList<AgentChoice> TransferTargets);
