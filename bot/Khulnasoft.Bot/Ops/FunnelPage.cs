using System.Globalization;
using System.Text;
using static Khulnasoft.Bot.Ops.OpsHtml;

namespace Khulnasoft.Bot.Ops;

/// <summary><c>GET /ops/funnel?from=yyyy-mm-dd&amp;to=yyyy-mm-dd</c>: cases per funnel step over the period (default: the last 30 days), and where people stop.</summary>
public static class FunnelPage
{
    public static async Task<IResult> RenderAsync(string? from, string? to, FunnelCounts funnel, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var end = Parse(to) ?? today;
        var start = Parse(from) ?? end.AddDays(-30);
        var counts = await funnel.CountAsync(At(start), At(end.AddDays(1)), cancellationToken);
        var html = new StringBuilder("<form method=\"get\" action=\"/ops/funnel\"><label for=\"from\">From</label><input id=\"from\" name=\"from\" type=\"date\" value=\"")
            .Append(Iso(start)).Append("\"><label for=\"to\">To (inclusive)</label><input id=\"to\" name=\"to\" type=\"date\" value=\"").Append(Iso(end))
            .Append("\"> <button type=\"submit\">Count</button></form>")
            .Append("<table><caption>Cases per step, ").Append(Iso(start)).Append(" to ").Append(Iso(end)).Append("</caption><thead><tr><th scope=\"col\">Step</th><th scope=\"col\">Cases</th><th scope=\"col\">Of requested</th></tr></thead><tbody>");
        var requested = counts[0].Cases;
        foreach (var (step, cases) in counts)
        {
            html.Append("<tr><td>").Append(E(step)).Append("</td><td>").Append(cases).Append("</td><td>")
                .Append(requested == 0 ? "—" : (100.0 * cases / requested).ToString("0", CultureInfo.InvariantCulture) + " %").Append("</td></tr>");
        }

        html.Append("</tbody></table><p>Counted from the cases' audit entries. Conversation steps before a case exists (started, identified, checklist shown, each prerequisite, invoices) are not recorded as events yet.</p>");
        return Page("Funnel", html.ToString());
    }

    private static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
