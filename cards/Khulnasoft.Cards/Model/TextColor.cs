using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
