using System.Globalization;
using System.Text;
using CsvHelper;
using Khulnasoft.Bot.Deletion;
using static Khulnasoft.Bot.Ops.OpsHtml;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// The register of open requests (GDPR Art. 12(3)): every case not yet answered with its received date, due date
/// (received + one month, or the extended date) and days left; overdue ones on top, then the nearest due date.
/// <c>GET /ops/register</c> (HTML) and <c>GET /ops/register.csv</c> (CsvHelper, for compliance officers).
/// </summary>
public sealed class RequestRegister(CaseSearch search, TimeProvider clock)
{
    public async Task<IReadOnlyList<RegisterRow>> RowsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return [.. (await search.AllAsync(cancellationToken).ConfigureAwait(false))
            .Where(ResponseDeadlines.IsOpenRequest)
            .Select(c => new RegisterRow(c.CaseId, c.UserId, c.State.ToString(), DateOnly.FromDateTime(c.CreatedAt.UtcDateTime),
                DateOnly.FromDateTime(ResponseDeadlines.DueAt(c).UtcDateTime), CaseRows.DaysLeft(c, now), ResponseDeadlines.DueAt(c) < now,
                c.ExtendedDueAt is null ? null : c.ExtensionReason))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.DueBy).ThenBy(r => r.CaseId, StringComparer.Ordinal)];
    }

    public static async Task<IResult> PageAsync(RequestRegister register, CancellationToken cancellationToken)
    {
        var rows = await register.RowsAsync(cancellationToken);
        var html = new StringBuilder("<p><a href=\"/ops/register.csv\" download>Download as CSV</a></p>")
            .Append("<table><caption>").Append(rows.Count).Append(" open request(s); overdue first</caption><thead><tr><th scope=\"col\">Case</th><th scope=\"col\">User</th><th scope=\"col\">State</th><th scope=\"col\">Received</th><th scope=\"col\">Due by</th><th scope=\"col\">Days left</th><th scope=\"col\">Extension</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            html.Append(r.Overdue ? "<tr class=\"overdue\">" : "<tr>")
                .Append("<td><a href=\"/ops/cases/").Append(Url(r.CaseId)).Append("\">").Append(E(r.CaseId)).Append("</a></td><td>").Append(E(r.UserId))
                .Append("</td><td>").Append(r.State).Append("</td><td>").Append(r.Received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(r.DueBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(r.Overdue ? "overdue by " + -r.DaysLeft + " day(s)" : r.DaysLeft.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(E(r.ExtensionReason)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        return Page("Register of open requests", html.ToString());
    }

    public static async Task<IResult> CsvAsync(RequestRegister register, CancellationToken cancellationToken)
    {
        var rows = await register.RowsAsync(cancellationToken);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            await csv.WriteRecordsAsync(rows, cancellationToken);
        }

        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "open-requests.csv");
    }
}
