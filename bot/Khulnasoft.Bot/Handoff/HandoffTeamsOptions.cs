namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Teams settings the handoff needs (section <c>Teams</c>): where to create the personal conversation with an agent
/// who has never talked to the bot. Other features may bind the same section to their own options class.
/// </summary>
public sealed class HandoffTeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>The Teams Connector service for create-conversation when no activity told us one (protocol doc §2.1).</summary>
    public string ServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";
}
