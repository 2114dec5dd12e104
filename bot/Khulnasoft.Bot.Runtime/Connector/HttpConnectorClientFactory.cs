using Khulnasoft.Bot.Runtime.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.Connector;

/// <summary>Creates <see cref="HttpConnectorClient"/>s on the named, resilient HttpClient <see cref="HttpClientName"/>.</summary>
public sealed class HttpConnectorClientFactory(
    IHttpClientFactory httpClientFactory,
    IAppTokenProvider tokens,
    IOptions<BotAuthenticationOptions> authOptions,
    ILogger<HttpConnectorClient> logger) : IConnectorClientFactory
{
    /// <summary>The named HttpClient for Connector calls (retries on 429/5xx honouring Retry-After).</summary>
    public const string HttpClientName = "Khulnasoft.Bot.Connector";

    public IConnectorClient Create(string serviceUrl, string? audience = null) =>
        new HttpConnectorClient(
            httpClientFactory.CreateClient(HttpClientName),
            tokens,
            serviceUrl,
            string.IsNullOrEmpty(audience) ? authOptions.Value.OAuthScope : audience,
            logger);
}
