using System.Text;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Deletion;
using static Khulnasoft.Bot.Ops.OpsHtml;
using static Khulnasoft.Bot.Ops.OpsTexts;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// <c>GET /ops/holds</c>: the cases whose purge waits (deleted, not yet purged) with their legal holds, read live from
/// the account API. The reason is for staff only: the user is only ever told that some data is retained.
/// </summary>
public static partial class LegalHoldsPage
{
    public static async Task<IResult> RenderAsync(CaseSearch search, KhulnasoftApiClient api, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var waiting = (await search.AllAsync(cancellationToken)).Where(c => c.State is DeletionCaseState.PurgeBlocked or DeletionCaseState.PurgeScheduled or DeletionCaseState.Deleted).ToList();
        var html = new StringBuilder("<p>").Append(E(T("HoldsIntro"))).Append("</p>")
            .Append("<table><caption>").Append(E(T("HoldsCaption"))).Append("</caption><thead><tr>").Append(Headers("ColCase", "ColUser", "ColState", "ColHold", "ColReason", "ColSince")).Append("</tr></thead><tbody>");
        foreach (var c in waiting)
        {
            IReadOnlyList<LegalHold> holds;
            try
            {
                holds = await api.GetLegalHoldsAsync(c.UserId, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or AccountApiException or TaskCanceledException)
            {
                LogUnreadable(loggers.CreateLogger(typeof(LegalHoldsPage)), c.CaseId, e.GetType().Name);
                html.Append("<tr><td>").Append(E(c.CaseId)).Append("</td><td>").Append(E(c.UserId)).Append("</td><td>").Append(E(State(c.State))).Append("</td><td colspan=\"3\">").Append(E(T("HoldsUnreadable"))).Append("</td></tr>");
                continue;
            }

            foreach (var hold in holds)
            {
                html.Append("<tr><td><a href=\"/ops/cases/").Append(Url(c.CaseId)).Append("\">").Append(E(c.CaseId)).Append("</a></td><td>").Append(E(c.UserId))
                    .Append("</td><td>").Append(E(State(c.State))).Append("</td><td>").Append(E(hold.Id)).Append("</td><td>").Append(E(hold.Reason))
                    .Append("</td><td>").Append(Date(hold.CreatedAt)).Append("</td></tr>");
            }
        }

        html.Append("</tbody></table>");
        return Page(T("HoldsTitle"), html.ToString());
    }

    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Legal holds of case {CaseId} could not be read: {Error}")]
    private static partial void LogUnreadable(ILogger logger, string caseId, string error);
}
