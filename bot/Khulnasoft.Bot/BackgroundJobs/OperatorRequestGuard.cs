namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>
/// Refuses (403) a state-changing request to the operator surfaces (<c>/hangfire</c>, <c>/ops</c>) that a browser
/// sent from another site: its <c>Origin</c> is not this host, or its <c>Sec-Fetch-Site</c> is <c>cross-site</c> or
/// <c>same-site</c>. Browsers send these on every cross-origin POST and attach the operator's Basic credentials (or,
/// in Development, come from loopback), so without this any page the operator visits could press dashboard buttons.
/// Requests without either header (curl, scripts) are not from a browser and pass; the dashboard's own POSTs also
/// need its anti-forgery token (Hangfire checks it, see <see cref="JobsRegistration"/>). Runs before authorization.
/// </summary>
public sealed partial class OperatorRequestGuard(RequestDelegate next, ILogger<OperatorRequestGuard> logger)
{
    public static readonly string[] GuardedPrefixes = ["/hangfire", "/ops"];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (IsStateChanging(request.Method) && GuardedPrefixes.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && !IsSameOrigin(request))
        {
            LogRefused(logger, request.Method, request.Path.Value ?? "");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>Whether the browser headers (when present) say the request comes from this host's own pages.</summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && !fetchSite.Equals("same-origin", StringComparison.OrdinalIgnoreCase) && !fetchSite.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        // "null" (a sandboxed or file page) and anything unparsable are another origin.
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var originUri) || !request.Host.HasValue)
        {
            return false;
        }

        var host = request.Host;
        var port = host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(originUri.Host, host.Host, StringComparison.OrdinalIgnoreCase)
            && (originUri.Port == port || (host.Port is null && originUri.IsDefaultPort));
    }

    private static bool IsStateChanging(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Refused a cross-site {Method} to the operator surface {Path}")]
    private static partial void LogRefused(ILogger logger, string method, string path);
}
