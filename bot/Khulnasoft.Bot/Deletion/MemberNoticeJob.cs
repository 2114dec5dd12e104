using System.Globalization;
using Hangfire;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.BackgroundJobs;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Emails the other members of the accounts a case deletes (e.g. bob at Ada Labs): when the deletion is scheduled
/// (the members are read live from the account API and recorded on the case, ids and account names only) and when it
/// has run (to the recorded members), or was undone or cancelled (to the members told it was scheduled). A notice names the account, never its owner. Each member is told once per notice.
/// Every notice speaks the case's language and time zone (the owner's: the best guess the bot has for colleagues in the
/// same account; English for a case recorded without one).
/// </summary>
public sealed partial class MemberNoticeJob(
    DeletionCaseStore store,
    NoticeMarks marks,
    KhulnasoftApiClient api,
    IDeletionEmailSender email,
    ILogger<MemberNoticeJob> logger)
{
    private const string Actor = DeletionActors.NotificationJob;

    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task SendAsync(string caseId, MemberNotice notice, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return;
        }

        DeletionMessages.UseLanguageOf(current);
        IReadOnlyList<AffectedMember> members;
        if (notice == MemberNotice.Scheduled)
        {
            if (current is not { State: DeletionCaseState.Scheduled, CanUndo: true, GraceUntil: not null })
            {
                return;
            }

            members = current.AffectedMembers.Count > 0 ? current.AffectedMembers : await RecordMembersAsync(current, cancellationToken).ConfigureAwait(false);
        }
        else if (notice == MemberNotice.Undone)
        {
            if (current.State != DeletionCaseState.Cancelled)
            {
                return;
            }

            // Only the members who were told it was scheduled.
            members = [.. current.AffectedMembers.Where(m => current.NoticesSent.Contains(Marker(MemberNotice.Scheduled, m)))];
        }
        else
        {
            members = current.AffectedMembers;
        }

        foreach (var member in members)
        {
            var marker = Marker(notice, member);
            if (current.NoticesSent.Contains(marker))
            {
                continue;
            }

            string address;
            try
            {
                address = (await api.GetUserAsync(member.UserId, cancellationToken).ConfigureAwait(false)).Email;
            }
            catch (AccountNotFoundException)
            {
                LogMemberGone(logger, caseId, member.UserId);
                continue;
            }

            var (subject, body) = notice switch
            {
                MemberNotice.Scheduled => (DeletionTexts.MemberScheduledSubject(member.AccountName), DeletionTexts.MemberScheduledBody(member.AccountName, current.GraceUntil!.Value)),
                MemberNotice.Undone => DeletionMessages.MemberUndone(member.AccountName),
                _ => (DeletionTexts.MemberDeletedSubject(member.AccountName), DeletionTexts.MemberDeletedBody(member.AccountName)),
            };
            await email.SendAsync(address, subject, body, cancellationToken).ConfigureAwait(false);
            await marks.MarkAsync(caseId, Actor, marker, cancellationToken).ConfigureAwait(false);
            LogSent(logger, caseId, notice, member.UserId, member.AccountId);
        }
    }

    private static string Marker(MemberNotice notice, AffectedMember member) =>
        string.Create(CultureInfo.InvariantCulture, $"member.{notice.ToString().ToLowerInvariant()}:{member.AccountId}:{member.UserId}");

    /// <summary>The accounts' other members, live from the API, recorded on the case (one write, only when there are any).</summary>
    private async Task<IReadOnlyList<AffectedMember>> RecordMembersAsync(DeletionCase deletionCase, CancellationToken cancellationToken)
    {
        var members = new List<AffectedMember>();
        foreach (var accountId in deletionCase.AccountIds)
        {
            try
            {
                var account = await api.GetAccountAsync(accountId, cancellationToken).ConfigureAwait(false);
                var ofAccount = await api.GetAccountMembersAsync(accountId, cancellationToken).ConfigureAwait(false);
                members.AddRange(ofAccount
                    .Where(m => !string.Equals(m.User.Id, deletionCase.UserId, StringComparison.Ordinal))
                    .Select(m => new AffectedMember(m.User.Id, accountId, account.Name)));
            }
            catch (AccountNotFoundException)
            {
                LogAccountGone(logger, deletionCase.CaseId, accountId);
            }
        }

        if (members.Count == 0)
        {
            return members;
        }

        var recorded = await store.UpdateAsync(deletionCase.CaseId, Actor, c =>
        {
            if (c.AffectedMembers.Count > 0)
            {
                return null;
            }

            c.AffectedMembers = members;
            return new CaseChange("members.recorded", new Dictionary<string, string> { ["members"] = members.Count.ToString(CultureInfo.InvariantCulture) });
        }, cancellationToken).ConfigureAwait(false);
        return recorded?.AffectedMembers is { Count: > 0 } stored ? stored : members;
    }

    [LoggerMessage(EventId = 3063, Level = LogLevel.Information, Message = "Case {CaseId}: member notice {Notice} sent to user {UserId} of account {AccountId}")]
    private static partial void LogSent(ILogger logger, string caseId, MemberNotice notice, string userId, string accountId);

    [LoggerMessage(EventId = 3064, Level = LogLevel.Information, Message = "Case {CaseId}: member {UserId} no longer exists; not told")]
    private static partial void LogMemberGone(ILogger logger, string caseId, string userId);

    [LoggerMessage(EventId = 3065, Level = LogLevel.Information, Message = "Case {CaseId}: account {AccountId} not found while reading its members")]
    private static partial void LogAccountGone(ILogger logger, string caseId, string accountId);
}
