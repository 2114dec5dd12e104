using Khulnasoft.Bot.Runtime.Connector;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// Wraps the registered connector factory: the Direct Line server's own service URL gets the in-process client,
/// every other service URL (Teams, Azure's Direct Line, the Emulator) goes to the inner factory, over HTTP.
/// </summary>
public sealed class DirectLineConnectorClientFactory(DirectLineConnectorClient directLine, IConnectorClientFactory? inner) : IConnectorClientFactory
{
    public IConnectorClient Create(string serviceUrl, string? audience = null)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (IsOwn(serviceUrl))
        {
            return directLine;
        }

        return inner?.Create(serviceUrl, audience)
            ?? throw new InvalidOperationException(
                "No connector factory for other channels is registered. Register the HTTP connector (AddBotRuntime) before AddDirectLine.");
    }

    private bool IsOwn(string serviceUrl)
    {
        var own = directLine.ServiceUrl;
        return string.Equals(serviceUrl, own, StringComparison.OrdinalIgnoreCase)
            || string.Equals(serviceUrl + "/", own, StringComparison.OrdinalIgnoreCase);
    }
}
