using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.WebChat;

/// <summary>A Direct Line token for the page, with the user id bound into it (null when anonymous).</summary>
public sealed record WebChatTokenResponse(
    string Token,
    string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? UserId);
