using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Approvals;

/// <summary>The case ids of an account's pending approval requests (IStorage has no scan).</summary>
public sealed class ApprovalAccountIndex : IStoreItem
{
    public IReadOnlyList<string> CaseIds { get; set; } = [];

    public string? ETag { get; set; }
}
