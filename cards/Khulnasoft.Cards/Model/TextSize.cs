using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize
{
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
}
