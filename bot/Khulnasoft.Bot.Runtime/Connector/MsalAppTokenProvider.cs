using Khulnasoft.Bot.Runtime.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Khulnasoft.Bot.Runtime.Connector;

/// <summary>
/// Client-credentials tokens for MultiTenant and SingleTenant bots (protocol doc §3.2). MSAL caches one token per
/// authority and scope and treats a token that expires within 5 minutes as expired, so it is refreshed in time.
/// </summary>
public sealed partial class MsalAppTokenProvider : IAppTokenProvider, IDisposable
{
    private readonly IConfidentialClientApplication _app;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger<MsalAppTokenProvider> _logger;

    public MsalAppTokenProvider(IOptions<BotAuthenticationOptions> options, IMsalHttpClientFactory httpClientFactory, ILogger<MsalAppTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _logger = logger;

        // The authority is used as configured (botframework.com, the tenant, or a test issuer): no instance discovery.
        _app = ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority(settings.LoginUrl, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetTokenAsync(string scope, bool forceRefresh, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);

        // One acquisition at a time: concurrent first sends share one token request (cache hits are in-memory).
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await _app.AcquireTokenForClient([ScopeOf(scope)])
                .WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken)
                .ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            LogTokenFailed(_logger, ex.ErrorCode, ex);
            throw new ConnectorException(0, "TokenUnavailable", "The bot's access token could not be obtained: " + ex.ErrorCode, ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    internal static string ScopeOf(string audience) =>
        audience.EndsWith("/.default", StringComparison.Ordinal) ? audience : audience.TrimEnd('/') + "/.default";

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(EventId = 1220, Level = Microsoft.Extensions.Logging.LogLevel.Error, Message = "The bot's access token could not be obtained ({ErrorCode})")]
    private static partial void LogTokenFailed(ILogger logger, string errorCode, Exception exception);
}
