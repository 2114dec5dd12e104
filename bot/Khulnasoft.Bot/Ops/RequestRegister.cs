using System.Globalization;
using System.Text;
using CsvHelper;
using Khulnasoft.Bot.Deletion;
using static Khulnasoft.Bot.Ops.OpsHtml;
using static Khulnasoft.Bot.Ops.OpsTexts;

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
        var html = new StringBuilder("<p><a href=\"/ops/register.csv\" download>").Append(E(T("DownloadCsv"))).Append("</a> ").Append(E(T("CsvHeadersNote"))).Append("</p>")
            .Append("<table><caption>").Append(E(T("RegisterCaption", rows.Count))).Append("</caption><thead><tr>").Append(Headers("ColCase", "ColUser", "ColState", "ColReceived", "ColDueBy", "ColDaysLeft", "ColExtension")).Append("</tr></thead><tbody>");
        foreach (var r in rows)
        {
            html.Append(r.Overdue ? "<tr class=\"overdue\">" : "<tr>")
                .Append("<td><a href=\"/ops/cases/").Append(Url(r.CaseId)).Append("\">").Append(E(r.CaseId)).Append("</a></td><td>").Append(E(r.UserId))
                .Append("</td><td>").Append(E(Enum.TryParse<DeletionCaseState>(r.State, out var state) ? State(state) : r.State)).Append("</td><td>").Append(Date(r.Received))
                .Append("</td><td>").Append(Date(r.DueBy)).Append("</td><td>")
                .Append(r.Overdue ? E(T("OverdueBy", -r.DaysLeft)) : r.DaysLeft.ToString(CultureInfo.CurrentCulture))
                .Append("</td><td>").Append(E(r.ExtensionReason)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        return Page(T("RegisterTitle"), html.ToString());
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
