using Khulnasoft.Bot.Receipts;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Closes a purged case: the signed erasure receipt (what was deleted, when, by whom) goes on the case in the same
/// write as the purged state, and the user is sent it. A case already purged is left as it is.
/// </summary>
public sealed partial class ErasureReceipts(DeletionCaseStore store, ReceiptSigner signer, CaseMilestones milestones, TimeProvider clock, ILogger<ErasureReceipts> logger)
{
    private const string Actor = DeletionActors.PurgeJob;

    public async Task IssueAsync(string caseId, CancellationToken cancellationToken)
    {
        var applied = false;
        var done = await store.UpdateAsync(caseId, Actor, c =>
        {
            applied = LifecycleStage.Purge.RunsIn(c.State);
            if (!applied)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var receipt = signer.Sign(new ErasureReceipt(
                "rcpt_" + c.CaseId[4..], c.CaseId, c.UserId, c.DeletedAccountIds, c.RemovedMemberCount,
                c.CreatedAt, c.DeletedAt ?? now, now, now, signer.Issuer));
            c.TransitionTo(DeletionCaseState.Purged, now, Actor);
            c.PurgedAt = now;
            c.Receipt = receipt;
            c.Attempts = 0;
            return new CaseChange("purge.succeeded", new Dictionary<string, string> { ["receiptId"] = receipt.Receipt.ReceiptId, ["keyId"] = signer.KeyId });
        }, cancellationToken).ConfigureAwait(false);

        if (applied && done is not null)
        {
            milestones.Purged(caseId, done.History.Count);
            LogPurged(logger, caseId);
        }
    }

    [LoggerMessage(EventId = 3024, EventName = "LogPurged", Level = LogLevel.Information, Message = "Case {CaseId}: personal data purged, receipt issued")]
    private static partial void LogPurged(ILogger logger, string caseId);
}
