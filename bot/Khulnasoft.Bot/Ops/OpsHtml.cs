using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Khulnasoft.Bot.Ops;

/// <summary>The console's HTML: one accessible layout (skip link, landmarks, labelled navigation), and encoding helpers.</summary>
public static class OpsHtml
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5}
        header{background:#1f2d3d;color:#fff;padding:.5rem 1rem}
        header a{color:#fff}
        nav ul{list-style:none;display:flex;gap:1.5rem;margin:0;padding:0}
        main{padding:1rem 1.5rem;max-width:80rem}
        table{border-collapse:collapse;width:100%;margin:1rem 0}
        th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}
        caption{text-align:left;font-weight:bold;padding:.3rem 0}
        .skip{position:absolute;left:-10000px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.5rem}
        .overdue{background:#fde8e8}.failed{background:#fff3cd}
        .message{border:2px solid #1f6f3f;padding:.5rem;background:#e8f5ec}.refused{border-color:#a4262c;background:#fde8e8}
        form.action{border:1px solid #8a8a8a;padding:.75rem;margin:.75rem 0}
        label{display:block;font-weight:600}
        input,select,textarea,button{font:inherit;margin:.25rem 0}
        a{color:#0b57a6}
        """;

    public static IResult Page(string title, string body, int statusCode = StatusCodes.Status200OK)
    {
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · Khulnasoft back office</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">Skip to content</a><header><nav aria-label=\"Console\"><ul>")
            .Append("<li><a href=\"/ops/cases\">Cases</a></li><li><a href=\"/ops/register\">Register of open requests</a></li>")
            .Append("<li><a href=\"/ops/holds\">Legal holds</a></li><li><a href=\"/ops/funnel\">Funnel</a></li></ul></nav></header>")
            .Append("<main id=\"main\"><h1>").Append(E(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    public static IResult NotFound(string what) => Page("Not found", "<p>" + E(what) + "</p>", StatusCodes.Status404NotFound);

    /// <summary>HTML-encodes text (and attribute values).</summary>
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string Date(DateTimeOffset? at) => at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    public static string DateTime(DateTimeOffset? at) => at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "";

    public static string Url(string text) => UrlEncoder.Default.Encode(text);
}
