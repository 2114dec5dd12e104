using System.Security.Claims;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>Authenticates an incoming activity from its <c>Authorization</c> header (protocol doc §3.1, §3.3).</summary>
public interface IBotAuthenticator
{
    /// <summary>
    /// The caller's identity; throws <see cref="BotAuthenticationException"/> when the request must be refused, and
    /// <see cref="BotAuthenticationUnavailableException"/> when the signing keys can't be loaded right now.
    /// </summary>
    Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);

    /// <summary>The <see cref="Activity.CallerId"/> for an identity this authenticator produced (null when anonymous).</summary>
    string? GetCallerId(ClaimsIdentity identity);
}
