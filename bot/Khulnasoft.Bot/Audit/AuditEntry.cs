namespace Khulnasoft.Bot.Audit;

/// <summary>
/// One link of a case's audit chain. <see cref="Hash"/> is SHA-256 (hex) over the canonical JSON of every other
/// field, <see cref="PrevHash"/> included, so changing or removing any earlier entry breaks every later hash.
/// Details hold ids, states and counts only: never emails, names, tokens or message text.
/// </summary>
public sealed record AuditEntry(
    long Seq,
    DateTimeOffset At,
    string Actor,
    string Action,
    IReadOnlyDictionary<string, string> Details,
    string PrevHash,
    string Hash);
