using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Dns;

/// <summary>What a DNS check found. A lookup that failed is never read as "moved away". Stored by name (a paused case keeps its DNS evidence).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DnsCheckOutcome>))]
public enum DnsCheckOutcome
{
    /// <summary>DNS still points at Khulnasoft (the item stays open).</summary>
    StillAtKhulnasoft,

    /// <summary>Every lookup answered, and none points at Khulnasoft any more.</summary>
    MovedAway,

    /// <summary>A lookup timed out, was unreachable or answered an error, and nothing seen points at Khulnasoft.</summary>
    CouldNotCheck,
}
