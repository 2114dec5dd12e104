using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Handoff;

/// <summary>Whose conversation a <see cref="HandoffLink"/> marks.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandoffRole>))]
public enum HandoffRole
{
    /// <summary>The user's conversation with the bot.</summary>
    User,

    /// <summary>An agent's personal Teams chat with the bot.</summary>
    Agent,
}
