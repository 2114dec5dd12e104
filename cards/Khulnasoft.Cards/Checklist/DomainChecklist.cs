namespace Khulnasoft.Cards.Checklist;

/// <summary>The per-domain items of one zone. <see cref="ChecklistItemKind.DnsRecordsMoved"/> belongs to partial
/// (CNAME) setups only.</summary>
public sealed record DomainChecklist(string ZoneId, string Domain, bool PartialSetup, IReadOnlyList<ChecklistItem> Items);
