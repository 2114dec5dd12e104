namespace Khulnasoft.Bot.Runtime.Connector;

/// <summary>
/// Gives the connector client for a service URL. The HTTP implementation is the default; a channel hosted in the
/// same process (our Direct Line server) may claim its own service URLs and answer in-process with the same semantics.
/// </summary>
public interface IConnectorClientFactory
{
    /// <summary>A client for <paramref name="serviceUrl"/>, authenticated for <paramref name="audience"/> (null: the default scope).</summary>
    IConnectorClient Create(string serviceUrl, string? audience = null);
}
