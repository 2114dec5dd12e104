using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

public sealed class Note : IStoreItem
{
    public string? ETag { get; set; }

    public string Text { get; set; } = "";

    public List<string> Tags { get; set; } = [];
}
