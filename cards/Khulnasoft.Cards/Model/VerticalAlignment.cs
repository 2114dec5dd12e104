using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}
