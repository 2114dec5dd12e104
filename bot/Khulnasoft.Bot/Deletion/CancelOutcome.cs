using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>What an undo achieved.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CancelOutcome>))]
public enum CancelOutcome
{
    Cancelled,
    AlreadyCancelled,

    /// <summary>The deletion has started (or finished); nothing can be undone.</summary>
    TooLate,
    NotFound,
}
