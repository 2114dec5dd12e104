namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Records on a case that a notice went out (<see cref="DeletionCase.NoticesSent"/>, audited as <c>notice.sent</c>),
/// so a job that runs again does not send it twice. Markers are ids and names of notices, never an address.
/// </summary>
public sealed class NoticeMarks(DeletionCaseStore store)
{
    public Task MarkAsync(string caseId, string actor, string marker, CancellationToken cancellationToken) =>
        store.UpdateAsync(caseId, actor, c =>
        {
            if (c.NoticesSent.Contains(marker))
            {
                return null;
            }

            c.NoticesSent = [.. c.NoticesSent, marker];
            return new CaseChange("notice.sent", new Dictionary<string, string> { ["notice"] = marker });
        }, cancellationToken);
}
