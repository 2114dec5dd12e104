using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards;

/// <summary>Writes the card model as Adaptive Cards JSON: camelCase, <c>type</c> first, nulls and empty
/// body/action lists left out.</summary>
public static class CardSerializer
{
    /// <summary>The attachment content type for an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static JsonObject ToJsonObject(AdaptiveCard card) =>
        JsonSerializer.SerializeToNode(card, Options) as JsonObject
        ?? throw new InvalidOperationException("A card serializes to a JSON object.");

    public static string ToJsonString(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(SkipEmptyLists);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = resolver,
        };
        options.MakeReadOnly();
        return options;
    }

    private static void SkipEmptyLists(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            if (property.PropertyType == typeof(IList<CardElement>))
            {
                property.ShouldSerialize = static (_, value) => value is IList<CardElement> { Count: > 0 };
            }
            else if (property.PropertyType == typeof(IList<CardAction>))
            {
                property.ShouldSerialize = static (_, value) => value is IList<CardAction> { Count: > 0 };
            }
        }
    }
}
