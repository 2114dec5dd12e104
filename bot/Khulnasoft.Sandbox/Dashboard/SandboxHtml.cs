using System.Net;
using System.Text;

namespace Khulnasoft.Sandbox.Dashboard;

/// <summary>Server-rendered HTML for the sandbox dashboard and mailbox (Khulnasoft styling, orange accent).</summary>
internal static class SandboxHtml
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f7f7f8;color:#1d1f20}
        header{background:#fff;border-top:4px solid #F38020;border-bottom:1px solid #e5e5e5;padding:12px 24px;display:flex;gap:24px;align-items:center}
        header a.brand{color:#B8500A;font-weight:700;font-size:20px;text-decoration:none}
        header nav a{color:#1d1f20;margin-right:16px;text-decoration:none}
        main{max-width:960px;margin:24px auto;padding:0 24px}
        section{background:#fff;border:1px solid #e5e5e5;border-radius:6px;padding:16px 20px;margin-bottom:16px}
        h1{font-size:24px}h2{font-size:18px;margin-top:0}
        table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:6px 8px;border-bottom:1px solid #eee;vertical-align:top}
        .done{color:#2e7d32;font-weight:600}.todo{color:#c62828;font-weight:600}
        button{background:#B8500A;color:#fff;border:0;border-radius:4px;padding:6px 12px;cursor:pointer;font-size:14px}
        button:hover{background:#8F3E07}button:focus-visible,a:focus-visible{outline:2px solid #8F3E07;outline-offset:2px}form{display:inline}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        pre{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:8px;border-radius:4px}
        .muted{color:#6b6f73;font-size:13px}
        """;

    public static string E(string? value) => WebUtility.HtmlEncode(value ?? "");

    public static string U(string value) => Uri.EscapeDataString(value);

    public static IResult Page(string title, string body, int statusCode = 200)
    {
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · Khulnasoft sandbox</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<header><a class=\"brand\" href=\"/sandbox/dash\">Khulnasoft</a><nav aria-label=\"Sandbox\"><a href=\"/sandbox/dash\">Accounts</a>")
            .Append("<a href=\"/sandbox/mailbox\">Mailbox</a><a href=\"/sandbox/dash/staff/legal-holds\">Staff: legal holds</a></nav>")
            .Append("<span class=\"muted\">Sandbox: demo data, resets on restart</span></header><main>")
            .Append("<h1>").Append(E(title)).Append("</h1>").Append(body).Append("</main></body></html>")
            .ToString();
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    public static string Button(string action, string label) =>
        $"<form method=\"post\" action=\"{E(action)}\"><button type=\"submit\">{E(label)}</button></form>";

    public static string Status(bool done, string doneText, string todoText) =>
        done ? $"<span class=\"done\">✓ {E(doneText)}</span>" : $"<span class=\"todo\">✗ {E(todoText)}</span>";
}
