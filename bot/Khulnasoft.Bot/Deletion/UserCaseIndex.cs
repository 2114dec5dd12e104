using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Deletion;

/// <summary>A user's cases, newest last; at most one of them is active.</summary>
public sealed class UserCaseIndex : IStoreItem
{
    public IReadOnlyList<string> CaseIds { get; set; } = [];

    public string? ETag { get; set; }
}
