using System.Text.Json.Serialization;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Cards.Handoff;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// One handoff, stored in the runtime's <see cref="IStorage"/> and changed only through ETag-guarded writes (so the
/// first of two accepts wins). Once closed, the user's details are erased from it (see <see cref="EraseUser"/>).
/// </summary>
public sealed class HandoffRecord : IStoreItem
{
    public required string Id { get; init; }

    public HandoffState State { get; set; } = HandoffState.Queued;

    public HandoffEnding? Ending { get; set; }

    public string? CaseId { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<HandoffReason>))]
    public HandoffReason Reason { get; set; }

    public string Route { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    /// <summary>The Khulnasoft user id when the user was identified (for the email follow-up).</summary>
    public string? UserId { get; set; }

    public string? AccountId { get; set; }

    public string? CompanyName { get; set; }

    /// <summary>
    /// The language (and formatting locale) of the user's turn that asked for a human, e.g. <c>de-DE</c>: what the
    /// bot tells the user from an agent's turn or a job speaks it. Null on handoffs stored before it was recorded (English).
    /// </summary>
    public string? Culture { get; set; }

    public int ChecklistDone { get; set; }

    public int ChecklistTotal { get; set; }

    public IReadOnlyList<string> ChecklistPending { get; set; } = [];

    /// <summary>The user's conversation: where the agent's messages, and the bot's notices, go.</summary>
    public ConversationReference? User { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>Incremented on every transfer, so a timeout scheduled for an earlier offer does nothing.</summary>
    public int Round { get; set; }

    public IReadOnlyList<HandoffOffer> Offers { get; set; } = [];

    /// <summary>The agent who owns the conversation while <see cref="HandoffState.Active"/>.</summary>
    public HandoffAgent? Agent { get; set; }

    /// <summary>The agent's personal chat with the bot (where their messages come from).</summary>
    public ConversationReference? AgentConversation { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The last <c>handoff.status</c> state an external hub reported.</summary>
    public string? HubState { get; set; }

    /// <summary>The Hangfire job that times out the current round.</summary>
    public string? TimeoutJobId { get; set; }

    /// <summary>Where an email follow-up goes (the Customer Success Manager, or <c>Support:FollowUpAddress</c>).</summary>
    public string? FollowUpAddress { get; set; }

    public bool FollowUpRequested { get; set; }

    public DateTimeOffset? FollowUpSentAt { get; set; }

    /// <summary>Set once the user was told that nobody accepted in time (the timeout job may run again).</summary>
    public bool TimeoutNoticeSent { get; set; }

    public string? ETag { get; set; }

    [JsonIgnore]
    public bool IsOpen => State is HandoffState.Queued or HandoffState.Active;

    /// <summary>The offer made to <paramref name="agentId"/> in the current round, if any.</summary>
    public HandoffOffer? OfferFor(string? agentId) => Offers.FirstOrDefault(o => o.Agent.IsSame(agentId));

    /// <summary>Ends the handoff. Returns false when it had already ended.</summary>
    public bool Close(HandoffEnding ending, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            return false;
        }

        State = HandoffState.Closed;
        Ending = ending;
        ClosedAt = at;
        return true;
    }

    /// <summary>
    /// Forgets who the user was and what they said once nothing needs it any more (closed, follow-up sent or not
    /// wanted): the record then only says that a handoff happened and how it ended.
    /// </summary>
    public void EraseUser()
    {
        UserName = string.Empty;
        UserId = null;
        CompanyName = null;
        ChecklistPending = [];
        User = null;
        FollowUpAddress = null;
    }
}
