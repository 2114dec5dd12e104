using System.Security.Claims;

namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>Identities for turns that did not arrive with a Bot Framework token.</summary>
public static class BotIdentities
{
    /// <summary>The identity of an unauthenticated request in anonymous local mode (SDK: AuthenticationType "anonymous").</summary>
    public static ClaimsIdentity Anonymous() => new([], AuthenticationConstants.AnonymousAuthType);

    /// <summary>The identity of a proactive turn started by the bot itself for <paramref name="botAppId"/>.</summary>
    public static ClaimsIdentity ForBot(string? botAppId) =>
        string.IsNullOrEmpty(botAppId)
            ? Anonymous()
            : new ClaimsIdentity([new Claim("aud", botAppId), new Claim("appid", botAppId)], "proactive");
}
