using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// CORS for the Direct Line API, so a page on another origin can embed Web Chat against this server. The API is
/// authorised by bearer tokens, never cookies, so credentials are not allowed and any origin may be let in.
/// </summary>
internal static class DirectLineCors
{
    public const string AllowedHeaders = "authorization, content-type, x-ms-bot-agent, x-requested-with";

    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ApplyOrigin(context.HttpContext);
        return await next(context).ConfigureAwait(false);
    }

    public static IResult Preflight(HttpContext context)
    {
        if (!ApplyOrigin(context))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var headers = context.Response.Headers;
        headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
        headers.AccessControlAllowHeaders = AllowedHeaders;
        headers.AccessControlMaxAge = "600";
        return Results.NoContent();
    }

    internal static bool ApplyOrigin(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        var allowed = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.AllowedOrigins;
        var headers = context.Response.Headers;
        if (allowed.Count == 0)
        {
            headers.AccessControlAllowOrigin = "*";
            return true;
        }

        if (allowed.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            headers.AccessControlAllowOrigin = origin;
            headers.Vary = "Origin";
            return true;
        }

        return false;
    }
}
