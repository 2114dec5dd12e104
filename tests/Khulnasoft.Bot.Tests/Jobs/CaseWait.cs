using Hangfire;
using Khulnasoft.Bot.Deletion;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// Waits for a case to reach a state through its Hangfire jobs. When it does not, the failure says where the case
/// stopped: its state, its audit trail, and the state history of the Hangfire job it waits for (a job that threw, and
/// why, or one still enqueued or scheduled).
/// </summary>
internal static class CaseWait
{
    // The chain is a few seconds long; a job that throws is retried by Hangfire after 16-46 s, which a loaded machine
    // may need (a Redis call that timed out), so the wait allows for one such retry per job of the chain.
    private const int Seconds = 150;

    public static async Task<DeletionCase> UntilStateAsync(BotTestHost host, string caseId, DeletionCaseState state)
    {
        var (found, _) = await Eventually.UntilAsync(
            async () =>
            {
                var current = (await host.Store.GetAsync(caseId, CancellationToken.None))!;
                return (current, current.State == state ? string.Empty : await DescribeAsync(host, current));
            },
            c => c.current.State == state,
            $"case {caseId} to reach {state}",
            Seconds,
            c => c.Item2);
        return found;
    }

    private static async Task<string> DescribeAsync(BotTestHost host, DeletionCase deletion)
    {
        var audit = await host.Store.GetAuditAsync(deletion.CaseId, CancellationToken.None);
        var told = $"{deletion.State} (attempts {deletion.Attempts}, blockers [{string.Join(", ", deletion.Blockers.Select(b => b.Code))}]) after "
            + string.Join(", ", audit.Select(a => $"{a.At:HH:mm:ss.fff} {a.Action}"));
        if (deletion.JobId is not { } jobId)
        {
            return told + "; no job";
        }

        var details = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(jobId);
        return details is null
            ? told + $"; job {jobId} not found"
            : told + $"; job {jobId} ({details.Job?.Type.Name}): " + string.Join(" | ", details.History.AsEnumerable().Reverse().Select(h =>
                $"{h.CreatedAt:HH:mm:ss.fff} {h.StateName} {h.Reason} {string.Join(" ", h.Data.Where(d => d.Key is "ExceptionType" or "ExceptionMessage" or "EnqueueAt").Select(d => $"{d.Key}={d.Value}"))}"));
    }
}
