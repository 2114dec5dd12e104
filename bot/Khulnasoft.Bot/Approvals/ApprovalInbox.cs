using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// "approval requests": a super administrator who was asked by email (or lost the card) opens the bot and gets the
/// approval cards of every pending request of their accounts, for this channel (Action.Execute in Teams,
/// Action.Submit in Web Chat). The cards are remembered so a decision replaces them where the channel allows.
/// Only users the channel vouches for are served; the decision itself is authorized again on the click.
/// </summary>
public sealed partial class ApprovalInbox(
    ApprovalStore store,
    SuperAdministrators admins,
    ChannelIdentityResolver identities,
    ApprovalAudit audit,
    ILogger<ApprovalInbox> logger) : IMessageInterceptor
{
    public int Order => InterceptorOrder.FeatureCommand;

    public async Task<bool> TryInterceptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message) || !IsInboxPhrase(activity.Text))
        {
            return false;
        }

        if (activity.Conversation is { IsGroup: true } || activity.Conversation?.ConversationType is "groupChat" or "channel")
        {
            // The cards name the requester and what they would delete: never in a group.
            await turnContext.SendActivityAsync(ApprovalTexts.PersonalChatOnly, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }

        IReadOnlyList<ApprovalRecord> waiting;
        ChannelIdentity who;
        try
        {
            who = await identities.IdentifyAsync(turnContext, cancellationToken).ConfigureAwait(false);
            if (who.User is not { } user)
            {
                await turnContext.SendActivityAsync(ApprovalTexts.UnknownAdmin, cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
            }

            var pending = new List<ApprovalRecord>();
            foreach (var account in await admins.AccountsOfAsync(user.Id, cancellationToken).ConfigureAwait(false))
            {
                pending.AddRange((await store.ListPendingAsync(account.Id, cancellationToken).ConfigureAwait(false)).Where(r => r.RequesterUserId != user.Id));
            }

            waiting = pending;
        }
        catch (AccountApiUnavailableException)
        {
            await turnContext.SendActivityAsync(ApprovalTexts.CannotCheckNow, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (waiting.Count == 0)
        {
            await turnContext.SendActivityAsync(ApprovalTexts.NothingWaiting, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }

        var admin = who.User;
        var teams = string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.Ordinal);
        var host = teams ? CardHost.Teams : CardHost.WebChat;
        var viewer = teams ? activity.From?.Id : null;
        foreach (var record in waiting)
        {
            var message = Activity.CreateMessageActivity(ApprovalTexts.AskApprover(record));
            message.Attachments = [new Attachment { ContentType = CardSerializer.ContentType, Content = ApprovalCards.ApproverView(record, host, viewer) }];
            var sent = await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(sent?.Id) && activity.ServiceUrl is { } serviceUrl && activity.Conversation?.Id is { } conversationId)
            {
                var delivery = new CardDelivery(admin.Id, activity.ChannelId ?? string.Empty, serviceUrl, conversationId, sent.Id,
                    activity.Conversation.TenantId ?? ChannelIdentityResolver.TeamsTenantId(activity), viewer);
                await store.UpdateAsync(record.CaseId, r =>
                {
                    r.Cards = [.. r.Cards, delivery];
                    return true;
                }, cancellationToken).ConfigureAwait(false);
            }

            await audit.RecordAsync(record.CaseId, ApprovalActors.User(admin.Id), ApprovalAudit.CardShown,
                new Dictionary<string, string> { ["requestId"] = record.RequestId, ["channel"] = activity.ChannelId ?? string.Empty }, cancellationToken).ConfigureAwait(false);
        }

        LogShown(logger, waiting.Count);
        return true;
    }

    private static bool IsInboxPhrase(string? text)
    {
        var normalized = text?.Trim().TrimEnd('.', '!', '?').Trim();
        return normalized is { Length: > 0 } && ApprovalTexts.InboxPhrases.Contains(normalized, StringComparer.OrdinalIgnoreCase);
    }

    [LoggerMessage(EventId = 6561, Level = LogLevel.Information, Message = "Showed {Count} pending approval request(s) to a super administrator")]
    private static partial void LogShown(ILogger logger, int count);
}
