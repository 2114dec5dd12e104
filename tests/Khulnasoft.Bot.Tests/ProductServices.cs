using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Tests;

/// <summary>The product's stores and scheduler on a running <see cref="BotTestHost"/>.</summary>
internal static class ProductServices
{
    extension(BotTestHost host)
    {
        public DeletionScheduler Scheduler => host.Service<DeletionScheduler>();

        public DeletionCaseStore Cases => host.Service<DeletionCaseStore>();

        public ApprovalStore Approvals => host.Service<ApprovalStore>();

        /// <summary>The audit actions of a case, in order.</summary>
        public async Task<IReadOnlyList<string>> AuditActionsAsync(string caseId) =>
            [.. (await host.Cases.GetAuditAsync(caseId, CancellationToken.None)).Select(e => e.Action)];
    }
}
