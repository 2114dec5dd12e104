using Khulnasoft.Bot.Runtime.Diagnostics;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// A storage outage (Redis down) becomes 503 with <c>Retry-After</c> rather than a 500: nothing was lost, and
/// Web Chat's retry or the user's resend will work once the store is back.
/// </summary>
internal static class DirectLineOutage
{
    public const int RetryAfterSeconds = 5;

    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (StorageUnavailableException)
        {
            context.HttpContext.RequestServices.GetService<BotMetrics>()?.StorageUnavailableAnswered("directline");
            context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return DirectLineHttp.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The conversation store is unavailable. Retry later.");
        }
    }
}
