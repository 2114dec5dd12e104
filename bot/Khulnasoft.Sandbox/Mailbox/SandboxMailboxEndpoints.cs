using System.Globalization;
using System.Text;
using Khulnasoft.Sandbox.Api;
using static Khulnasoft.Sandbox.Dashboard.SandboxHtml;

namespace Khulnasoft.Sandbox.Mailbox;

/// <summary>The sandbox mailbox: <c>/sandbox/mailbox</c> (HTML) and <c>/sandbox/mailbox.json</c> (or <c>?format=json</c>).</summary>
internal static class SandboxMailboxEndpoints
{
    public static IEndpointRouteBuilder MapSandboxMailbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sandbox/mailbox.json", (SandboxMailbox mailbox) => Json(mailbox));
        endpoints.MapGet("/sandbox/mailbox", (HttpRequest request, SandboxMailbox mailbox) =>
        {
            if (string.Equals(request.Query["format"], "json", StringComparison.OrdinalIgnoreCase))
            {
                return Json(mailbox);
            }

            var mails = mailbox.List();
            var body = new StringBuilder();
            if (mails.Count == 0)
            {
                body.Append("<section><p>No mail yet.</p></section>");
            }

            foreach (var mail in mails)
            {
                body.Append("<section class=\"mail\"><h2>").Append(E(mail.Subject)).Append("</h2><p class=\"muted\">To ")
                    .Append(E(string.Join(", ", mail.To))).Append(" · from ").Append(E(mail.From)).Append(" · ")
                    .Append(E(mail.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)))
                    .Append("</p><pre>").Append(E(mail.TextBody)).Append("</pre></section>");
            }

            return Page("Mailbox", body.ToString());
        });
        return endpoints;
    }

    private static IResult Json(SandboxMailbox mailbox) => Results.Json(new { mails = mailbox.List() }, SandboxApi.Json);
}
