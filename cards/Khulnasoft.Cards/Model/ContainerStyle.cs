using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
