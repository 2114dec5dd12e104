using System.Globalization;
using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Records what happened to a handoff on its deletion case's audit chain (when the handoff belongs to a case).
/// Details hold ids and states only: never names, emails or message text.
/// </summary>
public sealed class HandoffAudit(DeletionCaseStore cases)
{
    public const string Requested = "handoff.requested";
    public const string Offered = "handoff.offered";
    public const string Accepted = "handoff.accepted";
    public const string Transferred = "handoff.transferred";
    public const string HandedBack = "handoff.handed_back";
    public const string Closed = "handoff.closed";
    public const string Cancelled = "handoff.cancelled";
    public const string TimedOut = "handoff.timed_out";
    public const string NoAgent = "handoff.no_agent";
    public const string FollowUpSent = "handoff.follow_up_sent";
    public const string HubAccepted = "handoff.hub_accepted";
    public const string HubFailed = "handoff.hub_failed";
    public const string HubCompleted = "handoff.hub_completed";
    public const string Refused = "handoff.refused";
    public const string HubStatusRefused = "handoff.hub_status_refused";

    public const string SystemActor = "system:handoff";
    public const string HubActor = "hub:external";

    public static string AgentActor(string agentId) => "agent:" + agentId;

    public async Task RecordAsync(HandoffRecord record, string actor, string action, CancellationToken cancellationToken, params (string Key, string? Value)[] details)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.CaseId is not { Length: > 0 } caseId)
        {
            return;
        }

        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["handoffId"] = record.Id,
            ["round"] = record.Round.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in details)
        {
            if (value is not null)
            {
                all[key] = value;
            }
        }

        var change = new CaseChange(action, all);
        await cases.UpdateAsync(caseId, actor, _ => change, cancellationToken).ConfigureAwait(false);
    }
}
