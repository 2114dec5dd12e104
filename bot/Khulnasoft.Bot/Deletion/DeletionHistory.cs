using Khulnasoft.Bot.Audit;

namespace Khulnasoft.Bot.Deletion;

/// <summary>"Show my deletion history": the case's transitions and audit entries, and whether the audit chain is intact.</summary>
public sealed record DeletionHistory(
    string CaseId,
    DeletionCaseState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? GraceUntil,
    DateTimeOffset? DeletedAt,
    DateTimeOffset? PurgedAt,
    IReadOnlyList<DeletionTransition> Transitions,
    IReadOnlyList<AuditEntry> Audit,
    bool AuditIntact);
