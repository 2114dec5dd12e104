using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    Lighter,
    Default,
    Bolder,
}
