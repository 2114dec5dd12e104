using System.Text;
using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;
using Microsoft.AspNetCore.Antiforgery;
using static Khulnasoft.Bot.Ops.OpsHtml;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// <c>GET /ops/cases/{caseId}</c>: one case: its state and legal clock, what blocks it, its timeline, its Hangfire
/// jobs, its audit chain with the verification result, the audit chains of its accounts (what the bot changed for the
/// user before the case existed: the checklist's one-click fixes, docs/one-click-fixes.md), and the actions that apply
/// (each a form with its anti-forgery token).
/// </summary>
public static class CasePage
{
    public static async Task<IResult> RenderAsync(
        string caseId, string? message, bool? ok, HttpContext context, DeletionScheduler scheduler, DeletionCaseStore store, CaseJobStates jobs,
        IAntiforgery antiforgery, AccountAuditLog accountAudit, CancellationToken cancellationToken)
    {
        if (await scheduler.GetAsync(caseId, cancellationToken) is not { } c)
        {
            return NotFound("There is no case " + caseId + ".");
        }

        var audit = await store.GetAuditAsync(caseId, cancellationToken);
        var verification = AuditVerifier.Verify(caseId, audit, c.AuditHead);
        var html = new StringBuilder();
        if (!string.IsNullOrEmpty(message))
        {
            html.Append("<p role=\"status\" class=\"message").Append(ok == true ? "" : " refused").Append("\">").Append(E(message)).Append("</p>");
        }

        html.Append("<dl>")
            .Append(Fact("State", c.State.ToString())).Append(Fact("User", c.UserId)).Append(Fact("Accounts", string.Join(", ", c.AccountIds)))
            .Append(Fact("Route", CaseRows.Route(c))).Append(Fact("Received", DateTime(c.CreatedAt)))
            .Append(Fact("Due by", ResponseDeadlines.IsOpenRequest(c) ? Date(ResponseDeadlines.DueAt(c)) : "answered"))
            .Append(c.ExtendedDueAt is null ? "" : Fact("Extended because", c.ExtensionReason ?? ""))
            .Append(Fact("Grace period until", DateTime(c.GraceUntil))).Append(Fact("Deleted", DateTime(c.DeletedAt))).Append(Fact("Purged", DateTime(c.PurgedAt)))
            .Append(Fact("Failed attempts of this stage", c.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(c.CancellationReason is null ? "" : Fact("Cancelled because", c.CancellationReason))
            .Append("</dl>");

        html.Append("<h2>What blocks it</h2>").Append(c.State == DeletionCaseState.Blocked && c.UnmetPrerequisites.Count > 0
            ? "<ul>" + string.Concat(c.UnmetPrerequisites.Select(u => "<li>" + E(u) + "</li>")) + "</ul>"
            : "<p>Nothing.</p>");

        html.Append("<h2>Actions</h2>").Append(Actions(c, antiforgery.GetAndStoreTokens(context)));

        html.Append("<table><caption>Timeline</caption><thead><tr><th scope=\"col\">When</th><th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">Who</th><th scope=\"col\">Note</th></tr></thead><tbody>");
        foreach (var t in c.History)
        {
            html.Append("<tr><td>").Append(DateTime(t.At)).Append("</td><td>").Append(t.From).Append("</td><td>").Append(t.To)
                .Append("</td><td>").Append(E(t.Actor)).Append("</td><td>").Append(E(t.Note)).Append("</td></tr>");
        }

        html.Append("</tbody></table><table><caption>Hangfire jobs</caption><thead><tr><th scope=\"col\">Job id</th><th scope=\"col\">Job</th><th scope=\"col\">State</th><th scope=\"col\">Created</th></tr></thead><tbody>");
        foreach (var (jobId, job, state, created) in jobs.Of(c, audit))
        {
            html.Append("<tr><td>").Append(E(jobId)).Append("</td><td>").Append(E(job)).Append("</td><td>").Append(E(state))
                .Append("</td><td>").Append(created is { } at ? DateTime(new DateTimeOffset(at, TimeSpan.Zero)) : "").Append("</td></tr>");
        }

        html.Append("</tbody></table><h2>Audit chain</h2><p id=\"verification\">")
            .Append(verification.IsValid ? "Verified: the chain is intact." : E($"Broken at entry {verification.BrokenAtSeq}: {verification.Reason}"))
            .Append(" <a href=\"/ops/cases/").Append(Url(c.CaseId)).Append("/audit\">Export (JSON lines)</a></p>");
        AuditTable(html, "Audit entries", audit);
        foreach (var accountId in c.AccountIds)
        {
            var entries = await accountAudit.GetAsync(accountId, cancellationToken);
            if (entries.Count == 0)
            {
                continue;
            }

            var accountVerification = AuditVerifier.Verify(AccountAuditLog.ChainId(accountId), entries);
            html.Append("<h2>Audit chain of account ").Append(E(accountId)).Append("</h2><p class=\"account-verification\">")
                .Append(accountVerification.IsValid ? "Verified: the chain is intact." : E($"Broken at entry {accountVerification.BrokenAtSeq}: {accountVerification.Reason}"))
                .Append("</p>");
            AuditTable(html, "Audit entries of account " + accountId, entries);
        }

        return Page("Case " + c.CaseId, html.ToString());
    }

    private static void AuditTable(StringBuilder html, string caption, IReadOnlyList<AuditEntry> entries)
    {
        html.Append("<table><caption>").Append(E(caption)).Append("</caption><thead><tr><th scope=\"col\">#</th><th scope=\"col\">When</th><th scope=\"col\">Who</th><th scope=\"col\">Action</th><th scope=\"col\">Details</th></tr></thead><tbody>");
        foreach (var e in entries)
        {
            html.Append("<tr><td>").Append(e.Seq).Append("</td><td>").Append(DateTime(e.At)).Append("</td><td>").Append(E(e.Actor))
                .Append("</td><td>").Append(E(e.Action)).Append("</td><td>").Append(E(string.Join(", ", e.Details.Select(d => d.Key + "=" + d.Value)))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Fact(string name, string value) => "<dt>" + E(name) + "</dt><dd>" + (value.Length == 0 ? "—" : E(value)) + "</dd>";

    private static string Actions(DeletionCase c, AntiforgeryTokenSet tokens)
    {
        var html = new StringBuilder();
        var token = "<input type=\"hidden\" name=\"" + E(tokens.FormFieldName) + "\" value=\"" + E(tokens.RequestToken) + "\">";
        var path = "/ops/cases/" + Url(c.CaseId) + "/";
        if (c.State == DeletionCaseState.Blocked)
        {
            html.Append(Form(path + "resume", token, "Resume", "<p>Reads the prerequisites again; resumes only when nothing blocks the deletion.</p>"));
        }

        if (c.State == DeletionCaseState.Failed)
        {
            html.Append(Form(path + "retry", token, "Retry", "<p>Runs the failed stage again now; the user is told when it succeeds.</p>"));
        }

        if (c.CanUndo)
        {
            html.Append(Form(path + "cancel", token, "Cancel the case",
                "<label for=\"cancel-reason\">Reason (the user is told it)</label><textarea id=\"cancel-reason\" name=\"reason\" required maxlength=\"500\" rows=\"2\" cols=\"60\"></textarea>"));
        }

        if (ResponseDeadlines.IsOpenRequest(c))
        {
            html.Append(Form(path + "extend", token, "Extend the deadline",
                "<label for=\"extend-until\">New due date (at most " + Date(ResponseDeadlines.Latest(c)) + ")</label>"
                + "<input id=\"extend-until\" name=\"until\" type=\"date\" required min=\"" + Date(ResponseDeadlines.DueAt(c).AddDays(1)) + "\" max=\"" + Date(ResponseDeadlines.Latest(c)) + "\">"
                + "<label for=\"extend-reason\">Reason (the user is told it, GDPR Art. 12(3))</label><textarea id=\"extend-reason\" name=\"reason\" required maxlength=\"500\" rows=\"2\" cols=\"60\"></textarea>"));
        }

        if (c.Receipt is not null)
        {
            html.Append(Form(path + "resend-receipt", token, "Re-send the erasure receipt",
                "<label for=\"receipt-email\">The email the request was verified with</label><input id=\"receipt-email\" name=\"email\" type=\"email\" required>"));
        }

        return html.Length == 0 ? "<p>No action applies to a case in this state.</p>" : html.ToString();
    }

    private static string Form(string action, string token, string button, string fields) =>
        "<form class=\"action\" method=\"post\" action=\"" + action + "\">" + token + fields + "<button type=\"submit\">" + E(button) + "</button></form>";
}
