namespace Khulnasoft.Bot.Audit;

/// <summary>Recomputes every hash of a chain: detects edited, removed, reordered or inserted entries.</summary>
public static class AuditVerifier
{
    public static AuditVerification Verify(string caseId, IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var expectedPrev = AuditHasher.Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Seq != i + 1)
            {
                return new AuditVerification(false, entry.Seq, $"expected sequence number {i + 1}");
            }

            if (!string.Equals(entry.PrevHash, expectedPrev, StringComparison.Ordinal))
            {
                return new AuditVerification(false, entry.Seq, "prevHash does not match the previous entry");
            }

            if (!string.Equals(AuditHasher.ComputeHash(caseId, entry), entry.Hash, StringComparison.Ordinal))
            {
                return new AuditVerification(false, entry.Seq, "hash does not match the entry's content");
            }

            expectedPrev = entry.Hash;
        }

        return AuditVerification.Valid;
    }
}
