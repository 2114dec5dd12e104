using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// Records the data export on the user's deletion case (their newest one), when they have one: the case is not
/// changed, only its audit chain grows. Details are the export id, the delivery mode, counts and reason codes; never
/// names, emails, links or file contents.
/// </summary>
public sealed class DataExportAudit(DeletionCaseStore cases)
{
    public const string Offered = "data_export.offered";
    public const string Downloaded = "data_export.downloaded";
    public const string Uploaded = "data_export.uploaded";
    public const string Failed = "data_export.failed";

    /// <returns>The case the entry went on, or null when the user has no case.</returns>
    public async Task<string?> RecordAsync(string userId, string action, IReadOnlyDictionary<string, string> details, CancellationToken cancellationToken)
    {
        var all = await cases.ListForUserAsync(userId, cancellationToken).ConfigureAwait(false);
        if (all.Count == 0)
        {
            return null;
        }

        var caseId = all[^1].CaseId;
        var change = new CaseChange(action, details);
        await cases.UpdateAsync(caseId, DeletionActors.User(userId), _ => change, cancellationToken).ConfigureAwait(false);
        return caseId;
    }
}
