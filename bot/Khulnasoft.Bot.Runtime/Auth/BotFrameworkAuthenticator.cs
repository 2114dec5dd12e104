using System.Collections;
using System.Security.Claims;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>
/// Validates channel and Emulator tokens exactly as protocol doc §3.1 says: issuer, audience (the app id), lifetime
/// with 5 minutes of skew, an RS256/384/512 signature by a published key, that key's endorsement of the
/// activity's channel, and the <c>serviceurl</c> claim. Anonymous local mode (§3.3) when no app id is configured.
/// </summary>
public sealed partial class BotFrameworkAuthenticator : IBotAuthenticator
{
    /// <summary>The claim type under which the authenticator records which kind of token it accepted.</summary>
    public const string TokenKindClaim = "khulnasoft:tokenkind";

    private const string ChannelKind = "channel";
    private const string EmulatorKind = "emulator";
    // The SDK's skew: a token is accepted until 5 minutes after its exp. Kept on purpose (docs/security.md).
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly BotAuthenticationOptions _options;
    private readonly OpenIdMetadata _channelMetadata;
    private readonly OpenIdMetadata _emulatorMetadata;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public BotFrameworkAuthenticator(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<BotFrameworkAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _channelMetadata = new OpenIdMetadata(_options.ChannelOpenIdMetadataUrl, httpClientFactory.CreateClient(HttpClientName));
        _emulatorMetadata = new OpenIdMetadata(_options.EmulatorOpenIdMetadataUrl, httpClientFactory.CreateClient(HttpClientName));
    }

    /// <summary>The named HttpClient used to fetch OpenID metadata and keys.</summary>
    public const string HttpClientName = "Khulnasoft.Bot.OpenIdMetadata";

    public async Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            if (_options.IsAuthenticationDisabled)
            {
                return BotIdentities.Anonymous();
            }

            throw Fail("the Authorization header is missing");
        }

        if (!authorizationHeader.StartsWith("Bearer ", StringComparison.Ordinal) || authorizationHeader.Length <= "Bearer ".Length)
        {
            throw Fail("the Authorization header is not a Bearer token");
        }

        if (_options.IsAuthenticationDisabled)
        {
            // SDK: a header is still validated when auth is disabled, and fails because no app id can match.
            throw Fail("authentication is disabled (no MicrosoftAppId), so no token can be valid");
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException is an ArgumentException too.
            throw Fail("the token is not a JWT");
        }

        var isEmulator = unvalidated.TryGetPayloadValue<string>("iss", out var issuer)
            && AuthenticationConstants.EmulatorIssuers.Concat(TenantEmulatorIssuers()).Contains(issuer, StringComparer.Ordinal);
        return isEmulator
            ? await ValidateEmulatorTokenAsync(token, cancellationToken).ConfigureAwait(false)
            : await ValidateChannelTokenAsync(token, activity, cancellationToken).ConfigureAwait(false);
    }

    public string? GetCallerId(ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var kind = identity.FindFirst(TokenKindClaim)?.Value;
        if (kind is null || !identity.IsAuthenticated)
        {
            return null;
        }

        return _options.ChannelTokenIssuer.EndsWith(".us", StringComparison.OrdinalIgnoreCase)
            ? CallerIdConstants.USGovChannel
            : CallerIdConstants.PublicAzureChannel;
    }

    private async Task<ClaimsIdentity> ValidateChannelTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var parameters = BaseParameters();
        parameters.ValidIssuer = _options.ChannelTokenIssuer;
        parameters.ValidateAudience = true;
        parameters.ValidAudience = _options.MicrosoftAppId;
        var (result, configuration) = await ValidateAsync(token, _channelMetadata, parameters, cancellationToken).ConfigureAwait(false);

        // The key that signed the token must endorse the channel the activity claims to come from.
        var endorsements = EndorsementsOf(result, configuration);
        if (!string.IsNullOrEmpty(activity.ChannelId))
        {
            if (endorsements.Count == 0 || !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
            {
                throw Fail("the signing key does not endorse the activity's channel");
            }
        }

        var serviceUrl = result.ClaimsIdentity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw Fail("the token's serviceurl claim does not match the activity's serviceUrl");
        }

        return Accepted(result.ClaimsIdentity, ChannelKind);
    }

    private async Task<ClaimsIdentity> ValidateEmulatorTokenAsync(string token, CancellationToken cancellationToken)
    {
        var parameters = BaseParameters();
        parameters.ValidIssuers = [.. AuthenticationConstants.EmulatorIssuers, .. TenantEmulatorIssuers()];

        // SDK: the app id is checked through appid (v1) or azp (v2), not through aud.
        parameters.ValidateAudience = false;
        var (result, _) = await ValidateAsync(token, _emulatorMetadata, parameters, cancellationToken).ConfigureAwait(false);
        var identity = result.ClaimsIdentity;
        var version = identity.FindFirst("ver")?.Value;
        var appId = version is null or "1.0" ? identity.FindFirst("appid")?.Value
            : version == "2.0" ? identity.FindFirst("azp")?.Value
            : null;
        if (!string.Equals(appId, _options.MicrosoftAppId, StringComparison.Ordinal))
        {
            throw Fail("the Emulator token was not issued to this bot's app id");
        }

        return Accepted(identity, EmulatorKind);
    }

    private TokenValidationParameters BaseParameters() => new()
    {
        ValidateIssuer = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = ClockSkew,
        ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
        LifetimeValidator = ValidateLifetime,
    };

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken securityToken, TokenValidationParameters validationParameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return expires is not null
            && (notBefore is null || now >= notBefore.Value - ClockSkew)
            && now <= expires.Value + ClockSkew;
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Configuration)> ValidateAsync(
        string token, OpenIdMetadata metadata, TokenValidationParameters parameters, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            OpenIdConnectConfiguration configuration;
            try
            {
                configuration = await metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex)
            {
                LogMetadataUnavailable(_logger, metadata.MetadataUrl, ex);
                throw new BotAuthenticationUnavailableException("The signing keys could not be loaded.", ex);
            }

            parameters.IssuerSigningKeys = configuration.SigningKeys;
            var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
            if (result.IsValid)
            {
                return (result, configuration);
            }

            // A key published after our last download: refresh once and try again.
            if (attempt == 0 && result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                metadata.RequestRefresh();
                continue;
            }

            throw Fail(Describe(result.Exception));
        }
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidLifetimeException => "the token is outside its lifetime",
        SecurityTokenInvalidAudienceException => "the token's audience is not this bot",
        SecurityTokenInvalidIssuerException => "the token's issuer is not trusted",
        SecurityTokenInvalidAlgorithmException => "the token's signature algorithm is not allowed",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed with an unknown key",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        SecurityTokenMalformedException => "the token is malformed",
        _ => "the token is invalid",
    };

    private IEnumerable<string> TenantEmulatorIssuers()
    {
        if (_options.AppType != BotAppTypes.MultiTenant && !string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
        {
            yield return $"https://sts.windows.net/{_options.MicrosoftAppTenantId}/";
            yield return $"https://login.microsoftonline.com/{_options.MicrosoftAppTenantId}/v2.0";
        }
    }

    private static List<string> EndorsementsOf(TokenValidationResult result, OpenIdConnectConfiguration configuration)
    {
        var keyId = (result.SecurityToken as JsonWebToken)?.Kid ?? result.SecurityToken?.SigningKey?.KeyId;
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null)
        {
            return [];
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            string single => [single],
            IEnumerable items => [.. items.Cast<object?>().Select(o => o?.ToString()).OfType<string>()],
            _ => [],
        };
    }

    private static ClaimsIdentity Accepted(ClaimsIdentity identity, string kind)
    {
        var accepted = new ClaimsIdentity(identity.Claims, "Bearer");
        accepted.AddClaim(new Claim(TokenKindClaim, kind));
        return accepted;
    }

    private BotAuthenticationException Fail(string reason)
    {
        LogRejected(_logger, reason);
        return new BotAuthenticationException("Unauthorized: " + reason + ".");
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Incoming request refused: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "OpenID metadata {MetadataUrl} could not be loaded")]
    private static partial void LogMetadataUnavailable(ILogger logger, string metadataUrl, Exception exception);
}
