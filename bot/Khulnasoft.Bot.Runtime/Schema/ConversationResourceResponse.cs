namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>The answer to create conversation: the new conversation's id and where to send to it.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}
