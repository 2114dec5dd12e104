using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Approvals;

/// <summary>Where an approval request stands. The first decision is final. Stored by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApprovalState>))]
public enum ApprovalState
{
    Pending,
    Approved,
    Rejected,
    Expired,
}
