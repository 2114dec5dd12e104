using System.Globalization;
using System.Text;
using Khulnasoft.Bot.Funnel;
using static Khulnasoft.Bot.Ops.OpsHtml;
using static Khulnasoft.Bot.Ops.OpsTexts;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// <c>GET /ops/funnel?from=yyyy-mm-dd&amp;to=yyyy-mm-dd</c> (default: the last 30 days): the conversations that reached
/// each step before a case exists (<see cref="ConversationFunnel"/>), then the cases per step (<see cref="FunnelCounts"/>),
/// each with its share of the first step, so an operator sees where people stop.
/// </summary>
public static class FunnelPage
{
    public static async Task<IResult> RenderAsync(string? from, string? to, ConversationFunnel conversations, FunnelCounts funnel, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var end = Parse(to) ?? today;
        var start = Parse(from) ?? end.AddDays(-30);
        var talked = await conversations.CountAsync(start, end, cancellationToken);
        var counts = await funnel.CountAsync(At(start), At(end.AddDays(1)), cancellationToken);
        var html = new StringBuilder("<form method=\"get\" action=\"/ops/funnel\"><label for=\"from\">").Append(E(T("FromLabel"))).Append("</label><input id=\"from\" name=\"from\" type=\"date\" value=\"")
            .Append(IsoDate(start)).Append("\"><label for=\"to\">").Append(E(T("ToLabel"))).Append("</label><input id=\"to\" name=\"to\" type=\"date\" value=\"").Append(IsoDate(end))
            .Append("\"> <button type=\"submit\">").Append(E(T("CountButton"))).Append("</button></form>");
        Table(html, "conversation-funnel", T("ConversationFunnelCaption", Date(start), Date(end)), T("ColConversations"), T("ColOfStarted"),
            [.. talked.Select(c => (FunnelStep(c.Step), c.Conversations))]);
        Table(html, "case-funnel", T("CaseFunnelCaption", Date(start), Date(end)), T("ColCases"), T("ColOfRequested"),
            [.. counts.Select(c => (CaseStep(c.Step), (long)c.Cases))]);
        html.Append("<p>").Append(E(T("FunnelNote"))).Append("</p>");
        return Page(T("FunnelTitle"), html.ToString());
    }

    private static void Table(StringBuilder html, string id, string caption, string counted, string share, IReadOnlyList<(string Step, long Count)> rows)
    {
        html.Append("<table id=\"").Append(id).Append("\"><caption>").Append(E(caption)).Append("</caption><thead><tr><th scope=\"col\">").Append(E(T("ColStep")))
            .Append("</th><th scope=\"col\">").Append(E(counted)).Append("</th><th scope=\"col\">").Append(E(share)).Append("</th></tr></thead><tbody>");
        var first = rows.Count > 0 ? rows[0].Count : 0;
        foreach (var (step, count) in rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(step)).Append("</th><td>").Append(count.ToString("N0", CultureInfo.CurrentCulture)).Append("</td><td>")
                .Append(first == 0 ? "—" : (100.0 * count / first).ToString("0", CultureInfo.CurrentCulture) + " %").Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
