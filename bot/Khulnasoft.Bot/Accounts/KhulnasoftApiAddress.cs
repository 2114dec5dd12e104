using Khulnasoft.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Accounts;

/// <summary>
/// The account API's base address (<c>Khulnasoft:ApiBaseUrl</c>; a path means "on this host",
/// <see cref="ListeningAddress"/>), worked out on first use after the server started and then kept. Every API call
/// takes a new HttpClient of the named client, and its configuration used to parse the host's address again. A
/// failure (the host not listening yet) is not kept: the next use tries again.
/// </summary>
public sealed class KhulnasoftApiAddress(IOptions<KhulnasoftApiOptions> options, IServiceProvider services)
{
    private Uri? _resolved;

    /// <exception cref="InvalidOperationException">The setting is a path and the host is not listening yet.</exception>
    public Uri Value => _resolved ??= ListeningAddress.Resolve(options.Value.ApiBaseUrl, services, "Khulnasoft:ApiBaseUrl");
}
