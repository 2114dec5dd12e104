namespace Khulnasoft.Bot.Audit;

/// <summary>Recomputes every hash of a chain: detects edited, removed, reordered or inserted entries (and, given the head, a cut-off end).</summary>
public static class AuditVerifier
{
    /// <param name="expectedHead">The hash the chain must end with (kept on the case), or null to skip that check.</param>
    public static AuditVerification Verify(string caseId, IReadOnlyList<AuditEntry> entries, string? expectedHead = null)
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

        if (expectedHead is not null && !string.Equals(expectedHead, expectedPrev, StringComparison.Ordinal))
        {
            return new AuditVerification(false, entries.Count == 0 ? null : entries[^1].Seq, "the chain does not end at the case's audit head (entries removed?)");
        }

        return AuditVerification.Valid;
    }
}
