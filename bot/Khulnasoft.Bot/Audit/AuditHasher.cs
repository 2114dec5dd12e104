using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Khulnasoft.Bot.Audit;

/// <summary>
/// Canonical JSON and hashing for audit entries. Canonical form: an object with the fields in the fixed order
/// caseId, seq, at (ISO 8601 UTC, 7 fraction digits), actor, action, details (keys sorted ordinally), prevHash;
/// no whitespace; UTF-8; the default JSON escaping of System.Text.Json.
/// </summary>
public static class AuditHasher
{
    /// <summary>The <see cref="AuditEntry.PrevHash"/> of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static AuditEntry Append(AuditChain chain, DateTimeOffset at, string actor, string action, IReadOnlyDictionary<string, string>? details)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var previous = chain.Entries.Count == 0 ? null : chain.Entries[^1];
        var seq = (previous?.Seq ?? 0) + 1;
        var prevHash = previous?.Hash ?? Genesis;
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in details ?? new Dictionary<string, string>())
        {
            sorted[key] = value;
        }

        var utc = at.ToUniversalTime();
        var hash = ComputeHash(chain.CaseId, seq, utc, actor, action, sorted, prevHash);
        var entry = new AuditEntry(seq, utc, actor, action, sorted, prevHash, hash);
        chain.Entries = [.. chain.Entries, entry];
        return entry;
    }

    public static string ComputeHash(string caseId, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return ComputeHash(caseId, entry.Seq, entry.At, entry.Actor, entry.Action, entry.Details, entry.PrevHash);
    }

    public static byte[] Canonicalize(string caseId, long seq, DateTimeOffset at, string actor, string action, IReadOnlyDictionary<string, string> details, string prevHash)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("caseId", caseId);
            writer.WriteNumber("seq", seq);
            writer.WriteString("at", at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
            writer.WriteString("actor", actor);
            writer.WriteString("action", action);
            writer.WriteStartObject("details");
            foreach (var key in details.Keys.Order(StringComparer.Ordinal))
            {
                writer.WriteString(key, details[key]);
            }

            writer.WriteEndObject();
            writer.WriteString("prevHash", prevHash);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string ComputeHash(string caseId, long seq, DateTimeOffset at, string actor, string action, IReadOnlyDictionary<string, string> details, string prevHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonicalize(caseId, seq, at, actor, action, details, prevHash)));
}
