using Microsoft.Identity.Client;

namespace Khulnasoft.Bot.Runtime.Connector;

/// <summary>Gives MSAL its HttpClient from <see cref="IHttpClientFactory"/> (pooled handlers, configurable in tests).</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    /// <summary>The named HttpClient MSAL uses for token requests.</summary>
    public const string HttpClientName = "Khulnasoft.Bot.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
