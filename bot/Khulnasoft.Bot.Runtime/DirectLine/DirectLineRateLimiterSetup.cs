using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Adds the <see cref="DirectLineRateLimits"/> policies to the host's rate limiter, with the limits of <see cref="DirectLineOptions"/>.</summary>
internal sealed class DirectLineRateLimiterSetup(IOptions<DirectLineOptions> options, ILoggerFactory loggers) : IConfigureOptions<RateLimiterOptions>
{
    public void Configure(RateLimiterOptions limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        var limits = options.Value;
        var logger = loggers.CreateLogger<DirectLineChannel>();
        limiter.AddPolicy(DirectLineRateLimits.UploadPolicy, new ClientAddressRateLimitPolicy(DirectLineRateLimits.UploadPolicy, limits.UploadRequestsPerMinute, logger));
        limiter.AddPolicy(DirectLineRateLimits.TokenPolicy, new ClientAddressRateLimitPolicy(DirectLineRateLimits.TokenPolicy, limits.TokenRequestsPerMinute, logger));
    }
}
