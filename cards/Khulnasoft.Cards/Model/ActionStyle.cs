using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
