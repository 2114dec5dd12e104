using System.Text;
using Khulnasoft.Bot.Deletion;
using Microsoft.Extensions.Options;
using static Khulnasoft.Bot.Ops.OpsHtml;
using static Khulnasoft.Bot.Ops.OpsTexts;

namespace Khulnasoft.Bot.Ops;

/// <summary><c>GET /ops/cases</c>: search and list the cases, failed first, then newest first, paged.</summary>
public static class CasesPage
{
    public static async Task<IResult> RenderAsync(string? q, string? state, int? page, CaseSearch search, IOptions<OpsOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        DeletionCaseState? filter = Enum.TryParse<DeletionCaseState>(state, true, out var parsed) ? parsed : null;
        var pageSize = options.Value.PageSize;
        var current = Math.Max(1, page ?? 1);
        var (cases, total) = await search.SearchAsync(q, filter, current, pageSize, cancellationToken);
        var now = clock.GetUtcNow();
        var html = new StringBuilder("<form method=\"get\" action=\"/ops/cases\" role=\"search\">")
            .Append("<label for=\"q\">").Append(E(T("SearchLabel"))).Append("</label><input id=\"q\" name=\"q\" type=\"search\" value=\"").Append(E(q)).Append("\">")
            .Append("<label for=\"state\">").Append(E(T("StateLabel"))).Append("</label><select id=\"state\" name=\"state\"><option value=\"\">").Append(E(T("AnyState"))).Append("</option>");
        foreach (var s in Enum.GetValues<DeletionCaseState>())
        {
            html.Append("<option value=\"").Append(s).Append('"').Append(s == filter ? " selected" : "").Append('>').Append(E(State(s))).Append("</option>");
        }

        html.Append("</select> <button type=\"submit\">").Append(E(T("SearchButton"))).Append("</button></form>")
            .Append("<table><caption>").Append(E(T("CasesCaption", total))).Append("</caption>")
            .Append("<thead><tr>").Append(Headers("ColCase", "ColUser", "ColState", "ColRoute", "ColReceived", "ColAgeDays", "ColDueBy")).Append("</tr></thead><tbody>");
        foreach (var c in cases)
        {
            html.Append(c.State == DeletionCaseState.Failed ? "<tr class=\"failed\">" : "<tr>")
                .Append("<td><a href=\"/ops/cases/").Append(Url(c.CaseId)).Append("\">").Append(E(c.CaseId)).Append("</a></td>")
                .Append("<td>").Append(E(c.UserId)).Append("</td><td>").Append(E(State(c.State))).Append("</td><td>").Append(E(CaseRows.RouteText(c))).Append("</td>")
                .Append("<td>").Append(Date(c.CreatedAt)).Append("</td><td>").Append(CaseRows.AgeDays(c, now)).Append("</td>")
                .Append("<td>").Append(ResponseDeadlines.IsOpenRequest(c) ? Date(ResponseDeadlines.DueAt(c)) : E(T("Answered"))).Append("</td></tr>");
        }

        html.Append("</tbody></table><nav aria-label=\"").Append(E(T("PagesLabel"))).Append("\"><ul>");
        var query = "q=" + Url(q ?? "") + "&state=" + Url(state ?? "");
        if (current > 1)
        {
            html.Append("<li><a href=\"/ops/cases?").Append(query).Append("&page=").Append(current - 1).Append("\">").Append(E(T("NewerCases"))).Append("</a></li>");
        }

        if (current * pageSize < total)
        {
            html.Append("<li><a href=\"/ops/cases?").Append(query).Append("&page=").Append(current + 1).Append("\">").Append(E(T("OlderCases"))).Append("</a></li>");
        }

        html.Append("</ul></nav>");
        return Page(T("CasesTitle"), html.ToString());
    }
}
