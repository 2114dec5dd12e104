using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// A human who can take a conversation: <paramref name="AgentId"/> is their Entra object id (the external hub's agent
/// has none). <paramref name="Email"/> receives follow-ups for a Customer Success Manager.
/// </summary>
public sealed record HandoffAgent(string AgentId, string Name, string Title, string? TenantId, string? Email, bool IsExternal = false)
{
    /// <summary>The agent id of the agent behind an external hub (<c>handoff.status</c> accepted).</summary>
    public const string ExternalId = "external";

    /// <summary>The first word of the name: what the user sees ("Mike").</summary>
    [JsonIgnore]
    public string FirstName => Name.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : Name;

    /// <summary>"Mike (Customer Success)".</summary>
    [JsonIgnore]
    public string Display => FirstName + " (" + Title + ")";

    public static HandoffAgent External() => new(ExternalId, "an agent", "external", null, null, IsExternal: true);

    public bool IsSame(string? agentId) => agentId is not null && string.Equals(AgentId, agentId, StringComparison.OrdinalIgnoreCase);
}
