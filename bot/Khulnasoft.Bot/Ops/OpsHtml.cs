using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using static Khulnasoft.Bot.Ops.OpsTexts;

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

    private static readonly AsyncLocal<string?> CurrentOperator = new();

    /// <summary>The signed-in operator of the request being answered (set by the console's operator check), named in the header.</summary>
    public static string? Operator
    {
        get => CurrentOperator.Value;
        set => CurrentOperator.Value = value;
    }

    /// <summary>A page in the operator's language (<c>lang</c> is the request's UI culture), times in UTC and said so.</summary>
    public static IResult Page(string title, string body, int statusCode = StatusCodes.Status200OK)
    {
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(E(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)).Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · ").Append(E(T("SiteName"))).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">").Append(E(T("SkipToContent"))).Append("</a><header><nav aria-label=\"").Append(E(T("NavConsole"))).Append("\"><ul>")
            .Append("<li><a href=\"/ops/cases\">").Append(E(T("NavCases"))).Append("</a></li><li><a href=\"/ops/register\">").Append(E(T("NavRegister"))).Append("</a></li>")
            .Append("<li><a href=\"/ops/holds\">").Append(E(T("NavHolds"))).Append("</a></li><li><a href=\"/ops/funnel\">").Append(E(T("NavFunnel"))).Append("</a></li></ul></nav>")
            .Append(Operator is { Length: > 0 } name ? "<p>" + E(T("SignedInAs", name)) + "</p>" : "").Append("</header>")
            .Append("<main id=\"main\"><h1>").Append(E(title)).Append("</h1>").Append(body).Append("<p><small>").Append(E(T("UtcNote"))).Append("</small></p></main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    public static IResult NotFound(string what) => Page(T("NotFoundTitle"), "<p>" + E(what) + "</p>", StatusCodes.Status404NotFound);

    /// <summary>HTML-encodes text (and attribute values).</summary>
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary>The UTC day in the operator's culture (e.g. <c>12/7/2026</c>, <c>07.12.2026</c>).</summary>
    public static string Date(DateTimeOffset? at) => at is { } value ? Date(DateOnly.FromDateTime(value.UtcDateTime)) : "";

    public static string Date(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The UTC time in the operator's culture, labelled UTC.</summary>
    public static string DateTime(DateTimeOffset? at) => at is { } value ? value.UtcDateTime.ToString("G", CultureInfo.CurrentCulture) + " UTC" : "";

    /// <summary>The UTC day as <c>yyyy-MM-dd</c>, for form values (a date input's value, min and max).</summary>
    public static string IsoDate(DateTimeOffset at) => IsoDate(DateOnly.FromDateTime(at.UtcDateTime));

    public static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Column headers (<c>th scope=col</c>) of the given text keys.</summary>
    public static string Headers(params string[] keys) => string.Concat(keys.Select(k => "<th scope=\"col\">" + E(T(k)) + "</th>"));

    public static string Url(string text) => UrlEncoder.Default.Encode(text);
}
