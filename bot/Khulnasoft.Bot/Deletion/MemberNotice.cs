using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>What the members of an account being deleted are told by email (never anything about the owner but the account's name).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberNotice>))]
public enum MemberNotice
{
    Scheduled,
    Deleted,

    /// <summary>The deletion was undone (or cancelled by support) after the members were told it was scheduled.</summary>
    Undone,
}
