namespace Khulnasoft.Bot.Audit;

/// <summary>The result of checking a chain: valid, or the first entry that does not match and why.</summary>
public sealed record AuditVerification(bool IsValid, long? BrokenAtSeq = null, string? Reason = null)
{
    public static AuditVerification Valid { get; } = new(true);
}
