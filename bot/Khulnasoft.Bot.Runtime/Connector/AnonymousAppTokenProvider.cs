namespace Khulnasoft.Bot.Runtime.Connector;

/// <summary>Anonymous local mode: no token, so no Authorization header (protocol doc §3.3).</summary>
public sealed class AnonymousAppTokenProvider : IAppTokenProvider
{
    public Task<string?> GetTokenAsync(string scope, bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
