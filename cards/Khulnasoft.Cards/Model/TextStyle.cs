using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextStyle>))]
public enum TextStyle
{
    Default,
    Heading,
}
