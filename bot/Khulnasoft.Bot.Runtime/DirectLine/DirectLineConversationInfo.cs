using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>The answer to token generate/refresh, start conversation and reconnect.</summary>
public sealed class DirectLineConversationInfo
{
    public required string ConversationId { get; init; }

    public required string Token { get; init; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }

    public string? StreamUrl { get; init; }
}
