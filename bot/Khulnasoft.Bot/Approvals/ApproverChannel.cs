using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Approvals;

/// <summary>How a super administrator was asked.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApproverChannel>))]
public enum ApproverChannel
{
    /// <summary>Neither a Teams chat nor an email reached them.</summary>
    Unreachable,

    /// <summary>The approval card in a personal Teams chat the bot created.</summary>
    Teams,

    /// <summary>An email with a link that opens the bot (no Entra identity, or the Teams chat could not be created).</summary>
    Email,
}
