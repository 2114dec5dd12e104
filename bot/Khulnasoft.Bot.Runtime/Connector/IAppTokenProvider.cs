namespace Khulnasoft.Bot.Runtime.Connector;

/// <summary>The bot's outgoing access token for the Connector (protocol doc §3.2); null in anonymous local mode.</summary>
public interface IAppTokenProvider
{
    /// <summary>
    /// A token for <paramref name="scope"/> (e.g. <c>https://api.botframework.com</c>), from the cache unless it is
    /// about to expire or <paramref name="forceRefresh"/> is set. Null means: send no Authorization header.
    /// </summary>
    Task<string?> GetTokenAsync(string scope, bool forceRefresh, CancellationToken cancellationToken);
}
