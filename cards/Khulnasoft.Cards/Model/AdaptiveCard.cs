using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

/// <summary>The card root. <see cref="Version"/> is 1.5: Teams renders up to 1.5, Web Chat 4.18 up to 1.6.</summary>
public sealed class AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyOrder(-2)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = SchemaVersion;

    public IList<CardElement> Body { get; init; } = [];

    public IList<CardAction> Actions { get; init; } = [];

    public CardRefresh? Refresh { get; init; }

    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}
