using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Handoff;

/// <summary>Where a handoff stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandoffState>))]
public enum HandoffState
{
    /// <summary>Offered to one or more agents; nobody has accepted yet.</summary>
    Queued,

    /// <summary>An agent (ours, or an external hub's) owns the conversation.</summary>
    Active,

    /// <summary>Over: the conversation is back with the bot (see <see cref="HandoffEnding"/>).</summary>
    Closed,
}
