using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
}
