namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>The id a channel gave an activity it accepted (empty for buffered expectReplies activities).</summary>
public sealed class ResourceResponse
{
    public ResourceResponse() { }

    public ResourceResponse(string? id) => Id = id;

    public string? Id { get; set; }
}
