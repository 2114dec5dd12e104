using Hangfire;
using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// The Hangfire jobs a case has had (its current job and every job its audit names), with their states: Hangfire's
/// state names, <see cref="NoState"/> for a job without history, <see cref="Missing"/> for one Hangfire no longer has.
/// </summary>
public sealed class CaseJobStates(JobStorage storage)
{
    public const string NoState = "Unknown";

    public const string Missing = "Missing";

    public IReadOnlyList<(string JobId, string Job, string State, DateTime? CreatedAt)> Of(DeletionCase deletionCase, IEnumerable<Audit.AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        var ids = audit.Select(e => e.Details.TryGetValue("jobId", out var id) ? id : null)
            .Append(deletionCase.JobId).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal);
        var monitoring = storage.GetMonitoringApi();
        return [.. ids.Select(id => monitoring.JobDetails(id) is { } details
            ? (id, details.Job?.Type.Name + "." + details.Job?.Method.Name, details.History.FirstOrDefault()?.StateName ?? NoState, details.CreatedAt)
            : (id, "", Missing, (DateTime?)null))];
    }
}
