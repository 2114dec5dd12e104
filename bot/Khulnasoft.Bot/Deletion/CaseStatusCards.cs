using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Status;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// A case's status card, for the conversation ("status") and the notices alike: its state as the user reads it, when
/// the deletion runs, the legal clock (received, answer due by, an extension's reason) and, while it is paused, what
/// blocks it with the button that resumes it.
/// </summary>
public static class CaseStatusCards
{
    public static Activity Message(DeletionCase deletionCase, CardHost host, string? text)
    {
        var message = Activity.CreateMessageActivity(text);
        message.Attachments = [new Attachment { ContentType = CardSerializer.ContentType, Content = Build(deletionCase, host) }];
        return message;
    }

    public static System.Text.Json.Nodes.JsonObject Build(DeletionCase deletionCase, CardHost host)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        var events = deletionCase.History.Select(h => new StatusEvent(UserClock.Local(h.At), Describe(h.To))).ToList();
        var deadline = new ResponseDeadline(deletionCase.CreatedAt, ResponseDeadlines.DueAt(deletionCase),
            deletionCase.ExtendedDueAt is null ? null : deletionCase.ExtensionReason);
        return StatusCard.Build(new StatusCardInput(
            deletionCase.CaseId, Describe(deletionCase.State), RunsAt(deletionCase) is { } runs ? UserClock.Local(runs) : null, deletionCase.CanUndo, events,
            ResponseDeadlines.IsOpenRequest(deletionCase) ? deadline : null,
            deletionCase.State == DeletionCaseState.Blocked ? BlockerTexts.Of(deletionCase, ChatText.Code) : null), host);
    }

    /// <summary>The host a stored conversation renders cards for.</summary>
    public static CardHost HostOf(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return string.Equals(reference.ChannelId, Channels.Msteams, StringComparison.Ordinal) ? CardHost.Teams : CardHost.WebChat;
    }

    /// <summary>When a scheduled deletion runs: the end of the grace period, or (resumed, retried) when it was scheduled again.</summary>
    public static DateTimeOffset? RunsAt(DeletionCase deletionCase)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        if (deletionCase.State != DeletionCaseState.Scheduled)
        {
            return null;
        }

        var scheduledAt = deletionCase.History.LastOrDefault(h => h.To == DeletionCaseState.Scheduled)?.At;
        return (deletionCase.GraceUntil, scheduledAt) switch
        {
            ({ } grace, { } at) => grace > at ? grace : at,
            ({ } grace, null) => grace,
            (null, var at) => at,
        };
    }

    /// <summary>A state as the user reads it (never the reason for a legal hold).</summary>
    public static string Describe(DeletionCaseState state) => state switch
    {
        DeletionCaseState.AwaitingApproval => CaseStateTexts.AwaitingApproval,
        DeletionCaseState.Approved => CaseStateTexts.Approved,
        DeletionCaseState.Rejected => CaseStateTexts.Rejected,
        DeletionCaseState.Expired => CaseStateTexts.Expired,
        DeletionCaseState.Scheduled => CaseStateTexts.Scheduled,
        DeletionCaseState.Deleting => CaseStateTexts.Deleting,
        DeletionCaseState.Deleted => CaseStateTexts.Deleted,
        DeletionCaseState.PurgeScheduled => CaseStateTexts.PurgeScheduled,
        DeletionCaseState.PurgeBlocked => CaseStateTexts.PurgeBlocked,
        DeletionCaseState.Purged => CaseStateTexts.Purged,
        DeletionCaseState.Cancelled => CaseStateTexts.Cancelled,
        DeletionCaseState.Failed => CaseStateTexts.Failed,
        DeletionCaseState.Blocked => CaseStateTexts.Blocked,
        DeletionCaseState.Requested => CaseStateTexts.Requested,
        _ => state.ToString(),
    };
}
