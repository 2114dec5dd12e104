using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Ids of cases not yet in a final state.</summary>
public sealed class OpenCaseIndex : IStoreItem
{
    public IReadOnlyList<string> CaseIds { get; set; } = [];

    public string? ETag { get; set; }
}
