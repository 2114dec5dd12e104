using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Accounts;

/// <summary>The JSON settings of the account API: snake_case, nulls omitted.</summary>
public static class AccountApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
