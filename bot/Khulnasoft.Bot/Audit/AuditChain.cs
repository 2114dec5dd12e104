using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Audit;

/// <summary>The stored audit log of one case: entries are only ever appended (see <see cref="AuditHasher.Append"/>).</summary>
public sealed class AuditChain : IStoreItem
{
    public required string CaseId { get; init; }

    public IReadOnlyList<AuditEntry> Entries { get; set; } = [];

    public string? ETag { get; set; }
}
