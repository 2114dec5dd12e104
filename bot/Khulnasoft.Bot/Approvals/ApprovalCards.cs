using System.Text.Json.Nodes;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Approval;
using Khulnasoft.Cards.Model;
using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Bot.Approvals;

/// <summary>The approval card (from <see cref="ApprovalCard"/>) for a stored request, and the requester's notice card.</summary>
public static class ApprovalCards
{
    /// <summary>The card everyone may see: in Teams the status with <c>refresh</c> for the approvers; once decided, the decision.</summary>
    public static JsonObject Base(ApprovalRecord record, CardHost host, string? viewerTeamsId = null) =>
        ApprovalCard.Build(Input(record, host, viewerTeamsId), host);

    /// <summary>An approver's view: Approve / Reject (Reject asks for a reason); once decided, the decision.</summary>
    public static JsonObject ApproverView(ApprovalRecord record, CardHost host, string? viewerTeamsId = null) =>
        ApprovalCard.BuildApproverView(Input(record, host, viewerTeamsId), host);

    /// <summary>The decision on the card, or null while the request is pending.</summary>
    public static ApprovalDecision? DecisionOf(ApprovalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.State switch
        {
            ApprovalState.Approved => new ApprovalDecision(ApprovalOutcome.Approved, record.DecidedBy, record.DecidedAt ?? record.RequestedAt),
            ApprovalState.Rejected => new ApprovalDecision(ApprovalOutcome.Rejected, record.DecidedBy, record.DecidedAt ?? record.RequestedAt, record.Reason),
            ApprovalState.Expired => new ApprovalDecision(ApprovalOutcome.Expired, null, record.DecidedAt ?? record.RequestedAt),
            _ => null,
        };
    }

    /// <summary>
    /// The requester's notice as a card; after an approval it carries the button that continues the deletion
    /// conversation (<c>data.action</c> = <see cref="CardActions.DeletionStart"/>).
    /// </summary>
    public static JsonObject Notice(string text, bool offerToContinue, CardHost host)
    {
        var actions = offerToContinue
            ? new List<CardAction> { new CardActionFactory(host).Button(ApprovalTexts.ContinueChecklist, CardActions.DeletionStart, ActionStyle.Positive) }
            : [];
        return CardSerializer.ToJsonObject(new AdaptiveCard
        {
            Body = [new TextBlock { Text = text }],
            Actions = actions,
            FallbackText = text,
            Speak = text,
            MsTeams = host == CardHost.Teams ? new TeamsCardProperties { Width = "Full" } : null,
        });
    }

    private static ApprovalCardInput Input(ApprovalRecord record, CardHost host, string? viewerTeamsId)
    {
        ArgumentNullException.ThrowIfNull(record);
        var teamsIds = record.TeamsUserIds();
        if (host == CardHost.Teams && teamsIds.Count == 0 && viewerTeamsId is not null)
        {
            // Nobody was reached in Teams (email only), but the card is shown there now: refresh for the viewer.
            teamsIds = [viewerTeamsId];
        }

        return new ApprovalCardInput(
            record.RequestId,
            record.CaseId,
            record.RequesterName,
            record.RequesterEmail,
            record.AccountName,
            record.Scope ?? new DeletionScope(record.RequesterEmail, [], [], []),
            record.RequestedAt,
            teamsIds,
            record.Approvers.Count == 0 ? [ApprovalTexts.ASuperAdministrator] : [.. record.Approvers.Select(a => a.Name)],
            DecisionOf(record));
    }
}
