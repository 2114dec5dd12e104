using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>
/// One OpenID metadata document and its signing keys, cached and refreshed by IdentityModel's
/// <see cref="ConfigurationManager{T}"/>: automatically every 12 hours (the docs ask for at least every 24 h), and
/// on demand (at most every 5 minutes) when a token names a key we don't know yet.
/// </summary>
public sealed class OpenIdMetadata
{
    private static readonly TimeSpan AutomaticRefresh = TimeSpan.FromHours(12);
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    public OpenIdMetadata(string metadataUrl, HttpClient httpClient)
    {
        ArgumentException.ThrowIfNullOrEmpty(metadataUrl);
        MetadataUrl = metadataUrl;

        // Plain http is only allowed on loopback, where tests run their own issuer.
        var requireHttps = !Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri) || !uri.IsLoopback;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClient) { RequireHttps = requireHttps })
        {
            AutomaticRefreshInterval = AutomaticRefresh,
        };
    }

    public string MetadataUrl { get; }

    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancellationToken) =>
        _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>Asks for a fresh download on the next <see cref="GetConfigurationAsync"/> (rate-limited by IdentityModel).</summary>
    public void RequestRefresh() => _manager.RequestRefresh();
}
