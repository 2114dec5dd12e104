using System.Globalization;
using System.Text;
using Hangfire;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.BackgroundJobs;
using Khulnasoft.Bot.Mail;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// The email follow-up when nobody took the conversation: the CSM (contract accounts) or <c>Support:FollowUpAddress</c>
/// gets who needs help, how to reach them, the case, route and checklist, and the transcript (codes masked). Sent
/// once (<see cref="HandoffRecord.FollowUpSentAt"/>); afterwards the record forgets the user. Written in
/// <c>Support:AgentCulture</c> (<see cref="HandoffFollowUpTexts"/>).
/// </summary>
public sealed class HandoffFollowUpJob(
    HandoffStore store,
    KhulnasoftApiClient api,
    TranscriptStore transcripts,
    IMailSender mail,
    HandoffAudit audit,
    IOptions<SupportOptions> options,
    TimeProvider clock,
    ILogger<HandoffFollowUpJob> logger)
{
    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(string handoffId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(handoffId, cancellationToken).ConfigureAwait(false) is not { FollowUpRequested: true, FollowUpSentAt: null, UserId: { } userId } record)
        {
            return;
        }

        // An API outage throws: Hangfire retries the job. A user who no longer exists still gets the follow-up noted.
        string? email;
        try
        {
            email = (await api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false)).Email;
        }
        catch (AccountNotFoundException)
        {
            email = null;
        }

        IReadOnlyList<TranscriptEntry> transcript = record.User is { ChannelId: { } channelId, Conversation.Id: { } conversationId }
            ? await transcripts.GetAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false)
            : [];
        var to = record.FollowUpAddress ?? options.Value.FollowUpAddress;
        var (subject, body) = HandoffMessages.In(options.Value.AgentCulture, () =>
            (HandoffFollowUpTexts.Subject(HandoffMessages.Headline(record), record.CaseId), Body(record, email ?? HandoffFollowUpTexts.UserGone, transcript)));
        await mail.SendAsync(new OutgoingMail(to, subject, body), cancellationToken).ConfigureAwait(false);

        var result = await store.UpdateAsync(handoffId, r =>
        {
            if (r.FollowUpSentAt is not null)
            {
                return false;
            }

            r.FollowUpSentAt = clock.GetUtcNow();
            if (r.State == HandoffState.Closed)
            {
                r.EraseUser();
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (result is ({ } sent, true))
        {
            await audit.RecordAsync(sent, HandoffAudit.SystemActor, HandoffAudit.FollowUpSent, cancellationToken).ConfigureAwait(false);
            HandoffLog.FollowUpSent(logger, handoffId);
        }
    }

    private static string Body(HandoffRecord record, string email, IReadOnlyList<TranscriptEntry> transcript)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{HandoffMessages.Headline(record)}.\n");
        text.Append(HandoffFollowUpTexts.Why(record.Ending)).Append("\n\n");
        text.Append(HandoffFollowUpTexts.User(record.UserName, email, record.UserId)).Append('\n');
        if (record.AccountId is not null)
        {
            text.Append(HandoffFollowUpTexts.Account(record.CompanyName ?? record.AccountId, record.AccountId)).Append('\n');
        }

        if (record.CaseId is not null)
        {
            text.Append(HandoffFollowUpTexts.Case(record.CaseId)).Append('\n');
        }

        text.Append(HandoffFollowUpTexts.Route(record.Route)).Append('\n');
        text.Append(HandoffFollowUpTexts.Checklist(record.ChecklistDone, record.ChecklistTotal)).Append('\n');
        foreach (var pending in record.ChecklistPending)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {pending}\n");
        }

        text.Append('\n').Append(HandoffFollowUpTexts.Transcript).Append('\n');
        foreach (var entry in transcript)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{entry.At:yyyy-MM-dd HH:mm} UTC] {entry.Name}: {entry.Text}\n");
        }

        if (transcript.Count == 0)
        {
            text.Append(HandoffFollowUpTexts.NoMessages).Append('\n');
        }

        return text.ToString();
    }
}
