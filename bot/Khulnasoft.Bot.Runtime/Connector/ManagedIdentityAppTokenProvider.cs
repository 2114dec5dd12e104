using Khulnasoft.Bot.Runtime.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace Khulnasoft.Bot.Runtime.Connector;

/// <summary>UserAssignedMSI bots: tokens from the managed-identity endpoint for the MSI client id, no secret (protocol doc §3.2).</summary>
public sealed partial class ManagedIdentityAppTokenProvider : IAppTokenProvider, IDisposable
{
    private readonly IManagedIdentityApplication _app;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger<ManagedIdentityAppTokenProvider> _logger;

    public ManagedIdentityAppTokenProvider(IOptions<BotAuthenticationOptions> options, IMsalHttpClientFactory httpClientFactory, ILogger<ManagedIdentityAppTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _app = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.Value.MicrosoftAppId))
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
            var result = await _app.AcquireTokenForManagedIdentity(scope.TrimEnd('/'))
                .WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken)
                .ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            LogTokenFailed(_logger, ex.ErrorCode, ex);
            throw new ConnectorException(0, "TokenUnavailable", "The managed identity token could not be obtained: " + ex.ErrorCode, ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(EventId = 1221, Level = Microsoft.Extensions.Logging.LogLevel.Error, Message = "The managed identity token could not be obtained ({ErrorCode})")]
    private static partial void LogTokenFailed(ILogger logger, string errorCode, Exception exception);
}
