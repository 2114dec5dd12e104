using Khulnasoft.Bot.Audit;

namespace Khulnasoft.Bot.Tests.Jobs;

public sealed class AuditChainTests
{
    private const string CaseId = "del_aaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static readonly DateTimeOffset At = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Verify_AnUntouchedChain_IsValid()
    {
        var chain = Build();

        Assert.Equal(AuditVerification.Valid, AuditVerifier.Verify(CaseId, chain.Entries));
        Assert.Equal(AuditHasher.Genesis, chain.Entries[0].PrevHash);
        Assert.Equal(chain.Entries[0].Hash, chain.Entries[1].PrevHash);
    }

    [Fact]
    public void Verify_AnEditedDetail_IsDetectedAtThatEntry()
    {
        var entries = Build().Entries.ToList();
        entries[1] = entries[1] with { Details = new Dictionary<string, string> { ["removedMembers"] = "0" } };

        var result = AuditVerifier.Verify(CaseId, entries);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenAtSeq);
    }

    [Fact]
    public void Verify_AnEntryRecomputedAfterEditing_BreaksTheNextLink()
    {
        var entries = Build().Entries.ToList();
        var forged = entries[1] with { Actor = "operator:mallory" };
        entries[1] = forged with { Hash = AuditHasher.ComputeHash(CaseId, forged) };

        var result = AuditVerifier.Verify(CaseId, entries);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.BrokenAtSeq);
    }

    [Fact]
    public void Verify_ARemovedEntry_IsDetected()
    {
        var entries = Build().Entries.ToList();
        entries.RemoveAt(1);

        Assert.False(AuditVerifier.Verify(CaseId, entries).IsValid);
    }

    [Fact]
    public void Verify_ACutOffEnd_IsDetectedWithTheCasesAuditHead()
    {
        var chain = Build();
        var head = chain.Entries[^1].Hash;
        var truncated = chain.Entries.Take(2).ToList();

        Assert.True(AuditVerifier.Verify(CaseId, truncated).IsValid);
        Assert.False(AuditVerifier.Verify(CaseId, truncated, head).IsValid);
        Assert.True(AuditVerifier.Verify(CaseId, chain.Entries, head).IsValid);
    }

    [Fact]
    public void Verify_AChainCopiedToAnotherCase_IsInvalid()
    {
        Assert.False(AuditVerifier.Verify("del_bbbbbbbbbbbbbbbbbbbbbbbbbb", Build().Entries).IsValid);
    }

    private static AuditChain Build()
    {
        var chain = new AuditChain { CaseId = CaseId };
        AuditHasher.Append(chain, At, "user:usr_1", "case.requested", new Dictionary<string, string> { ["accounts"] = "1" });
        AuditHasher.Append(chain, At.AddDays(30), "job:deletion", "deletion.succeeded", new Dictionary<string, string> { ["removedMembers"] = "1", ["deletedAccounts"] = "acc_1" });
        AuditHasher.Append(chain, At.AddDays(60), "job:purge", "purge.succeeded", null);
        return chain;
    }
}
