using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Khulnasoft.Bot.Hosting;

/// <summary>
/// Turns a configured URL into an absolute one: an absolute URL is used as is; a path (<c>/sandbox/dash</c>) means
/// "on this host" and is resolved against the first address the host listens on (wildcard hosts become
/// <c>localhost</c>), so links and clients reach the host over real HTTP. Call it after the server has started.
/// </summary>
public static class ListeningAddress
{
    /// <exception cref="InvalidOperationException">A path was given but the host is not listening yet.</exception>
    public static Uri Resolve(string urlOrPath, IServiceProvider services, string settingName)
    {
        ArgumentNullException.ThrowIfNull(urlOrPath);
        ArgumentNullException.ThrowIfNull(services);
        var withSlash = urlOrPath.EndsWith('/') ? urlOrPath : urlOrPath + "/";
        if (!withSlash.StartsWith('/'))
        {
            return new Uri(withSlash, UriKind.Absolute);
        }

        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException($"{settingName} is a path on this host, but the host is not listening yet.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        uri.Path = withSlash;
        return uri.Uri;
    }
}
