using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>The body of the 200 answer to <c>adaptiveCard/action</c>: <c>{statusCode, type, value}</c> (protocol doc §5.3).</summary>
public sealed class AdaptiveCardInvokeResponse
{
    /// <summary>Teams' TeamsFx value; the docs disagree (protocol doc §0).</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; } = 200;
    public string? Type { get; set; }
    public JsonNode? Value { get; set; }

    public static AdaptiveCardInvokeResponse Card(JsonNode card) => new() { StatusCode = 200, Type = CardType, Value = card };

    public static AdaptiveCardInvokeResponse Message(string text) => new() { StatusCode = 200, Type = MessageType, Value = JsonValue.Create(text) };

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new() { StatusCode = statusCode, Type = ErrorType, Value = new JsonObject { ["code"] = code, ["message"] = message } };
}
