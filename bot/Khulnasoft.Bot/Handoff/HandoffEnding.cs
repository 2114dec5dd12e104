using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Handoff;

/// <summary>How a handoff ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandoffEnding>))]
public enum HandoffEnding
{
    /// <summary>Nobody could be offered the conversation (no agent configured or reachable).</summary>
    NoAgent,

    /// <summary>Nobody accepted within <c>Support:AcceptTimeout</c>.</summary>
    TimedOut,

    /// <summary>The agent handed the conversation back; the dialog resumed.</summary>
    HandedBack,

    /// <summary>The agent closed the chat.</summary>
    Closed,

    /// <summary>The user stopped waiting.</summary>
    Cancelled,

    /// <summary>An external hub reported <c>failed</c> and nobody else was asked.</summary>
    HubFailed,

    /// <summary>An external hub reported <c>completed</c>.</summary>
    HubCompleted,
}
