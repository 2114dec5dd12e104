using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
