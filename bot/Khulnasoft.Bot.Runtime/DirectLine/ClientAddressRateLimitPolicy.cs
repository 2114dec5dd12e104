using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// A fixed one-minute window of <paramref name="permitsPerMinute"/> requests per client address, without a queue.
/// Behind a proxy the address is the proxy's unless the host applies forwarded headers first. A refusal is 429 with
/// Retry-After (until the window ends) and a problem+json.
/// </summary>
internal sealed class ClientAddressRateLimitPolicy(string policyName, int permitsPerMinute, ILogger logger) : IRateLimiterPolicy<string>
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var address = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : Window;
        var seconds = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        DirectLineLog.RateLimited(logger, policyName);
        DirectLineCors.ApplyOrigin(http);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = DirectLineHttp.Problem(
            StatusCodes.Status429TooManyRequests,
            "TooManyRequests",
            "Too many requests",
            $"This client made more than {permitsPerMinute} such requests in a minute. Retry after {seconds} seconds.");
        await problem.ExecuteAsync(http).ConfigureAwait(false);
    }
}
