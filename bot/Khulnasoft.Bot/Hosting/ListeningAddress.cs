using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Khulnasoft.Bot.Hosting;

/// <summary>
/// Turns a configured URL into an absolute one, for every setting that may name "this host": an absolute URL is used
/// as is; a path (<c>/sandbox/dash</c>) is resolved against the first address the host listens on (wildcard hosts
/// become <c>localhost</c>), so links and clients reach the host over real HTTP. One per host: a setting's address is
/// worked out on first use after the server started and then kept (the account API client asks for it on every call,
/// the checklist for every link). Asked before the host listens, it throws and keeps nothing, so the next use tries
/// again.
/// </summary>
public sealed class ListeningAddress(IServiceProvider services)
{
    private readonly ConcurrentDictionary<string, Uri> _resolved = new(StringComparer.Ordinal);

    /// <summary>Registers the host's one instance (every feature that resolves a setting calls this).</summary>
    public static void Register(IServiceCollection services) => services.TryAddSingleton<ListeningAddress>();

    /// <param name="urlOrPath">The setting's value.</param>
    /// <param name="settingName">The setting's name, for the error.</param>
    /// <exception cref="InvalidOperationException">A path was given but the host is not listening yet.</exception>
    public Uri Resolve(string urlOrPath, string settingName)
    {
        ArgumentNullException.ThrowIfNull(urlOrPath);
        return _resolved.TryGetValue(urlOrPath, out var known)
            ? known
            : _resolved.GetOrAdd(urlOrPath, ResolveNow(urlOrPath, settingName));
    }

    private Uri ResolveNow(string urlOrPath, string settingName)
    {
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
