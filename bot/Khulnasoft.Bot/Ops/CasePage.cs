using System.Text;
using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;
using Microsoft.AspNetCore.Antiforgery;
using static Khulnasoft.Bot.Ops.OpsHtml;
using static Khulnasoft.Bot.Ops.OpsTexts;

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
            return NotFound(T("NoSuchCase", caseId));
        }

        var audit = await store.GetAuditAsync(caseId, cancellationToken);
        var verification = AuditVerifier.Verify(caseId, audit, c.AuditHead);
        var html = new StringBuilder();
        if (!string.IsNullOrEmpty(message))
        {
            html.Append("<p role=\"status\" class=\"message").Append(ok == true ? "" : " refused").Append("\">").Append(E(message)).Append("</p>");
        }

        html.Append("<dl>")
            .Append(Fact("FactState", State(c.State))).Append(Fact("FactUser", c.UserId)).Append(Fact("FactAccounts", string.Join(", ", c.AccountIds)))
            .Append(Fact("FactRoute", CaseRows.RouteText(c))).Append(Fact("FactReceived", DateTime(c.CreatedAt)))
            .Append(Fact("FactDueBy", ResponseDeadlines.IsOpenRequest(c) ? Date(ResponseDeadlines.DueAt(c)) : T("Answered")))
            .Append(c.ExtendedDueAt is null ? "" : Fact("FactExtendedBecause", c.ExtensionReason ?? ""))
            .Append(Fact("FactGraceUntil", DateTime(c.GraceUntil))).Append(Fact("FactDeleted", DateTime(c.DeletedAt))).Append(Fact("FactPurged", DateTime(c.PurgedAt)))
            .Append(Fact("FactAttempts", c.Attempts.ToString(System.Globalization.CultureInfo.CurrentCulture)))
            .Append(c.CancellationReason is null ? "" : Fact("FactCancelledBecause", c.CancellationReason))
            .Append("</dl>");

        var blockers = c.State == DeletionCaseState.Blocked ? BlockerTexts.Of(c, name => name) : [];
        html.Append("<h2>").Append(E(T("WhatBlocks"))).Append("</h2>").Append(blockers.Count > 0
            ? "<ul>" + string.Concat(blockers.Select(u => "<li>" + E(u) + "</li>")) + "</ul>"
            : "<p>" + E(T("Nothing")) + "</p>");

        html.Append("<h2>").Append(E(T("ActionsHeading"))).Append("</h2>").Append(Actions(c, antiforgery.GetAndStoreTokens(context)));

        html.Append("<table><caption>").Append(E(T("TimelineCaption"))).Append("</caption><thead><tr>").Append(Headers("ColWhen", "ColFrom", "ColTo", "ColWho", "ColNote")).Append("</tr></thead><tbody>");
        foreach (var t in c.History)
        {
            html.Append("<tr><td>").Append(DateTime(t.At)).Append("</td><td>").Append(E(State(t.From))).Append("</td><td>").Append(E(State(t.To)))
                .Append("</td><td>").Append(E(t.Actor)).Append("</td><td>").Append(E(t.Note)).Append("</td></tr>");
        }

        html.Append("</tbody></table><table><caption>").Append(E(T("JobsCaption"))).Append("</caption><thead><tr>").Append(Headers("ColJobId", "ColJob", "ColState", "ColCreated")).Append("</tr></thead><tbody>");
        foreach (var (jobId, job, state, created) in jobs.Of(c, audit))
        {
            html.Append("<tr><td>").Append(E(jobId)).Append("</td><td>").Append(E(job)).Append("</td><td>").Append(E(JobState(state)))
                .Append("</td><td>").Append(created is { } at ? DateTime(new DateTimeOffset(at, TimeSpan.Zero)) : "").Append("</td></tr>");
        }

        html.Append("</tbody></table><h2>").Append(E(T("AuditHeading"))).Append("</h2><p id=\"verification\">")
            .Append(Verified(verification))
            .Append(" <a href=\"/ops/cases/").Append(Url(c.CaseId)).Append("/audit\">").Append(E(T("AuditExport"))).Append("</a></p>");
        AuditTable(html, T("AuditCaption"), audit);
        foreach (var accountId in c.AccountIds)
        {
            var entries = await accountAudit.GetAsync(accountId, cancellationToken);
            if (entries.Count == 0)
            {
                continue;
            }

            html.Append("<h2>").Append(E(T("AccountAuditHeading", accountId))).Append("</h2><p class=\"account-verification\">")
                .Append(Verified(AuditVerifier.Verify(AccountAuditLog.ChainId(accountId), entries)))
                .Append("</p>");
            AuditTable(html, T("AccountAuditCaption", accountId), entries);
        }

        return Page(T("CaseTitle", c.CaseId), html.ToString());
    }

    private static string Verified(AuditVerification verification) =>
        verification.IsValid ? E(T("AuditVerified")) : E(T("AuditBroken", verification.BrokenAtSeq ?? 0, verification.Reason ?? ""));

    private static void AuditTable(StringBuilder html, string caption, IReadOnlyList<AuditEntry> entries)
    {
        html.Append("<table><caption>").Append(E(caption)).Append("</caption><thead><tr><th scope=\"col\">#</th>").Append(Headers("ColWhen", "ColWho", "ColAction", "ColDetails")).Append("</tr></thead><tbody>");
        foreach (var e in entries)
        {
            html.Append("<tr><td>").Append(e.Seq).Append("</td><td>").Append(DateTime(e.At)).Append("</td><td>").Append(E(e.Actor))
                .Append("</td><td>").Append(AuditActionCell(e.Action)).Append("</td><td>").Append(E(string.Join(", ", e.Details.Select(d => d.Key + "=" + d.Value)))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    /// <summary>The action's label with its stable code (the code is what the audit export and the stored chain carry).</summary>
    private static string AuditActionCell(string action) =>
        (AuditAction(action) is { } label ? E(label) + " " : "") + "<code>" + E(action) + "</code>";

    private static string Fact(string key, string value) => "<dt>" + E(T(key)) + "</dt><dd>" + (value.Length == 0 ? "—" : E(value)) + "</dd>";

    private static string Actions(DeletionCase c, AntiforgeryTokenSet tokens)
    {
        var html = new StringBuilder();
        var token = "<input type=\"hidden\" name=\"" + E(tokens.FormFieldName) + "\" value=\"" + E(tokens.RequestToken) + "\">";
        var path = "/ops/cases/" + Url(c.CaseId) + "/";
        if (c.State == DeletionCaseState.Blocked)
        {
            html.Append(Form(path + "resume", token, T("ResumeButton"), "<p>" + E(T("ResumeHelp")) + "</p>"));
        }

        if (c.State == DeletionCaseState.Failed)
        {
            html.Append(Form(path + "retry", token, T("RetryButton"), "<p>" + E(T("RetryHelp")) + "</p>"));
        }

        if (c.CanUndo)
        {
            html.Append(Form(path + "cancel", token, T("CancelButton"),
                "<label for=\"cancel-reason\">" + E(T("CancelReason")) + "</label><textarea id=\"cancel-reason\" name=\"reason\" required maxlength=\"500\" rows=\"2\" cols=\"60\"></textarea>"));
        }

        if (ResponseDeadlines.IsOpenRequest(c))
        {
            html.Append(Form(path + "extend", token, T("ExtendButton"),
                "<label for=\"extend-until\">" + E(T("ExtendUntil", Date(ResponseDeadlines.Latest(c)))) + "</label>"
                + "<input id=\"extend-until\" name=\"until\" type=\"date\" required min=\"" + IsoDate(ResponseDeadlines.DueAt(c).AddDays(1)) + "\" max=\"" + IsoDate(ResponseDeadlines.Latest(c)) + "\">"
                + "<label for=\"extend-reason\">" + E(T("ExtendReason")) + "</label><textarea id=\"extend-reason\" name=\"reason\" required maxlength=\"500\" rows=\"2\" cols=\"60\"></textarea>"));
        }

        if (c.Receipt is not null)
        {
            html.Append(Form(path + "resend-receipt", token, T("ResendButton"),
                "<label for=\"receipt-email\">" + E(T("ResendEmail")) + "</label><input id=\"receipt-email\" name=\"email\" type=\"email\" required>"));
        }

        return html.Length == 0 ? "<p>" + E(T("NoAction")) + "</p>" : html.ToString();
    }

    private static string Form(string action, string token, string button, string fields) =>
        "<form class=\"action\" method=\"post\" action=\"" + action + "\">" + token + fields + "<button type=\"submit\">" + E(button) + "</button></form>";
}
