using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>What a card click produced: an updated card (shown in place for an invoke) and/or a short message.</summary>
public sealed record CardActionResult(JsonObject? Card, string? Message)
{
    public static CardActionResult WithCard(JsonObject card) => new(card, null);

    public static CardActionResult WithMessage(string message) => new(null, message);
}
