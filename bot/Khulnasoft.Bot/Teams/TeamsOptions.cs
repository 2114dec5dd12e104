namespace Khulnasoft.Bot.Teams;

/// <summary>
/// How the bot reaches Teams users it has never talked to (section <c>Teams</c>): approvers and support agents get
/// a personal chat the bot creates (<see cref="TeamsPersonalChats"/>).
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>
    /// The Connector service for create-conversation when no activity has told the bot its regional URL yet (protocol
    /// doc §2.1). Teams' answer may name a regional one, which is then kept per chat.
    /// </summary>
    public string ServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>The bot's display name in the conversations it creates.</summary>
    public string BotName { get; set; } = "Khulnasoft";
}
