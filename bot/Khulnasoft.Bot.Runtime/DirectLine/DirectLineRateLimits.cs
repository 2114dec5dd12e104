namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The ASP.NET Core rate-limiter policies that <c>AddDirectLine()</c> registers, each per client address over a
/// one-minute window. The host must call <c>app.UseRateLimiter()</c>; endpoints opt in with
/// <c>.RequireRateLimiting(name)</c>.
/// </summary>
public static class DirectLineRateLimits
{
    /// <summary>The upload endpoint: <see cref="DirectLineOptions.UploadRequestsPerMinute"/>.</summary>
    public const string UploadPolicy = "directline-upload";

    /// <summary>Endpoints that mint tokens for anonymous visitors: <see cref="DirectLineOptions.TokenRequestsPerMinute"/>.</summary>
    public const string TokenPolicy = "directline-token";
}
