using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Teams;
using Khulnasoft.Cards;
using Polly.Timeout;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// How the approvals reach people: the approval card in an approver's personal Teams chat, or the email that asks
/// them when that is impossible; reminders the same way; decided cards updated in place; and the requester's notice
/// in their conversation, or by email when that fails.
/// </summary>
public sealed partial class ApprovalMessenger(TeamsApprovalChannel teams, ApprovalMail mail, ProactiveSender chat, ILogger<ApprovalMessenger> logger)
{
    public const string ChatNotice = "chat";
    public const string EmailNotice = "email";

    /// <summary>Asks one approver: the card in their Teams chat (when one could be opened), else an email.</summary>
    /// <returns>How the approver was reached, and the card when it went to Teams.</returns>
    public async Task<(ApproverChannel Channel, CardDelivery? Card)> AskAsync(ApprovalRecord record, ApproverEntry approver, TeamsChat? teamsChat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(approver);
        if (teamsChat is not null
            && await teams.SendAsync(teamsChat, ApprovalCards.Base(record, CardHost.Teams), ApprovalTexts.AskApprover(record), cancellationToken).ConfigureAwait(false) is { } activityId)
        {
            return (ApproverChannel.Teams,
                new CardDelivery(approver.UserId, Channels.Msteams, teamsChat.ServiceUrl, teamsChat.ConversationId, activityId, teamsChat.TenantId, teamsChat.TeamsUserId));
        }

        return (await mail.AskAsync(record, approver, reminder: false, cancellationToken).ConfigureAwait(false) ? ApproverChannel.Email : ApproverChannel.Unreachable, null);
    }

    /// <summary>Reminds one approver: in the Teams chat that holds their card, else by email. False when neither worked.</summary>
    public async Task<bool> RemindAsync(ApprovalRecord record, ApproverEntry approver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(approver);
        if (approver.Channel == ApproverChannel.Teams
            && record.Cards.FirstOrDefault(c => c.ApproverUserId == approver.UserId && c.ChannelId == Channels.Msteams) is { } card)
        {
            var teamsChat = new TeamsChat(card.ServiceUrl, card.ConversationId, card.TenantId ?? string.Empty, card.RecipientId ?? string.Empty);
            if (await teams.SendAsync(teamsChat, null, ApprovalTexts.Reminder(record), cancellationToken).ConfigureAwait(false) is not null)
            {
                return true;
            }
        }

        return await mail.AskAsync(record, approver, reminder: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a posted card (Teams only: Direct Line cannot update a message).</summary>
    public Task<bool> UpdateCardAsync(CardDelivery delivery, JsonObject card, string text, CancellationToken cancellationToken) =>
        teams.UpdateAsync(delivery, card, text, cancellationToken);

    /// <summary>Tells the requester the decision: in their conversation, else by email.</summary>
    /// <returns><see cref="ChatNotice"/> or <see cref="EmailNotice"/>, or null when neither worked.</returns>
    public async Task<string?> NotifyRequesterAsync(ApprovalRecord record, string notice, CancellationToken cancellationToken) =>
        await NotifyInChatAsync(record, notice, cancellationToken).ConfigureAwait(false) ? ChatNotice
            : await mail.NotifyRequesterAsync(record, notice, cancellationToken).ConfigureAwait(false) ? EmailNotice
            : null;

    private async Task<bool> NotifyInChatAsync(ApprovalRecord record, string notice, CancellationToken cancellationToken)
    {
        if (record.RequesterConversation is not { } reference)
        {
            return false;
        }

        var host = string.Equals(reference.ChannelId, Channels.Msteams, StringComparison.Ordinal) ? CardHost.Teams : CardHost.WebChat;
        var message = Activity.CreateMessageActivity(notice);
        if (record.State == ApprovalState.Approved)
        {
            message.Attachments = [new Attachment { ContentType = CardSerializer.ContentType, Content = ApprovalCards.Notice(notice, offerToContinue: true, host) }];
        }

        try
        {
            await chat.SendAsync(reference, message, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or TimeoutRejectedException or ArgumentException)
        {
            LogChatNoticeFailed(logger, record.CaseId, (e as ConnectorException)?.StatusCode ?? 0);
            return false;
        }
    }

    [LoggerMessage(EventId = 6535, EventName = "LogChatNoticeFailed", Level = LogLevel.Warning, Message = "Approval case {CaseId}: the proactive notice failed (connector status {Status}); falling back to email")]
    private static partial void LogChatNoticeFailed(ILogger logger, string caseId, int status);
}
