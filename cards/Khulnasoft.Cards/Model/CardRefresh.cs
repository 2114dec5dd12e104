using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

/// <summary>The card's <c>refresh</c>: Teams sends <see cref="Action"/> (trigger automatic) for the listed users.
/// <see cref="UserIds"/> null means "everyone" (≤60 members); an empty list means "no automatic refresh".</summary>
public sealed class CardRefresh
{
    [JsonIgnore]
    public required ActionExecute Action { get; init; }

    /// <summary>Written through the base type so the <c>"type":"Action.Execute"</c> discriminator is emitted.</summary>
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-1)]
    public CardAction SerializedAction => Action;

    public IReadOnlyList<string>? UserIds { get; init; }
}
