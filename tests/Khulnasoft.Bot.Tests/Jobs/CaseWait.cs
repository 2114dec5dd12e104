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
    extension(BotTestHost host)
    {
        /// <summary>The case once it is in <paramref name="state"/> (or the test fails, saying where the case stopped).</summary>
        public Task<DeletionCase> WaitForCaseStateAsync(string caseId, DeletionCaseState state) =>
            Eventually.UntilAsync(
                async () => (await host.Store.GetAsync(caseId, CancellationToken.None))!,
                c => c.State == state,
                $"case {caseId} to reach {state}",
                describe: c => DescribeAsync(host, c));
    }

    private static async Task<string> DescribeAsync(BotTestHost host, DeletionCase deletion)
    {
        var audit = await host.Store.GetAuditAsync(deletion.CaseId, CancellationToken.None);
        var told = $"{deletion.State} (attempts {deletion.Attempts}, blockers [{string.Join(", ", deletion.Blockers.Select(b => b.Code))}]) after "
            + string.Join(", ", audit.Select(a => $"{a.At:HH:mm:ss.fff} {a.Action}"));
        return told + "; " + DescribeJob(host, deletion.JobId) + "; the host's warnings and errors: " + host.Problems.Describe();
    }

    private static string DescribeJob(BotTestHost host, string? jobId)
    {
        if (jobId is null)
        {
            return "no job";
        }

        var details = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(jobId);
        return details is null
            ? $"job {jobId} not found"
            : $"job {jobId} ({details.Job?.Type.Name}): " + string.Join(" | ", details.History.AsEnumerable().Reverse().Select(h =>
                $"{h.CreatedAt:HH:mm:ss.fff} {h.StateName} {h.Reason} {string.Join(" ", h.Data.Where(d => d.Key is "ExceptionType" or "ExceptionMessage" or "EnqueueAt").Select(d => $"{d.Key}={d.Value}"))}"));
    }
}
