namespace Khulnasoft.Bot.Approvals;

/// <summary>Where the bot reaches Teams users it has never talked to (section <c>Teams</c>).</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>
    /// The Connector service used to create a personal chat with an approver (protocol doc §2.1: the one to use when
    /// no activity has told the bot its regional URL yet). Default <c>https://smba.trafficmanager.net/teams/</c>.
    /// </summary>
    public string ServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>The bot's display name in the conversations it creates.</summary>
    public string BotName { get; set; } = "Khulnasoft";
}
