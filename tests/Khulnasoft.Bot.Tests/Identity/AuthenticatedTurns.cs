using System.Security.Claims;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary>
/// Puts on each turn the identity the real entry points put there after authenticating it: the
/// <see cref="BotFrameworkAuthenticator"/> for a channel token, the Direct Line server for its own turns. The
/// TestAdapter itself sets none (as an unauthenticated turn).
/// </summary>
public sealed class AuthenticatedTurns(ClaimsIdentity identity) : IMiddleware
{
    /// <summary>What the authenticator returns for a valid Bot Framework channel token.</summary>
    public static AuthenticatedTurns ChannelToken() => new(new ClaimsIdentity(
        [new Claim("iss", AuthenticationConstants.ToBotFromChannelTokenIssuer), new Claim(BotFrameworkAuthenticator.TokenKindClaim, ChannelIdentityResolver.ChannelTokenKind)],
        "Bearer"));

    /// <summary>What the Direct Line server runs its turns under.</summary>
    public static AuthenticatedTurns DirectLine() => new(new ClaimsIdentity([new Claim("iss", "khulnasoft-directline")], DirectLineChannel.AuthenticationType));

    /// <summary>Anonymous local mode (no app id): anyone can post anything.</summary>
    public static AuthenticatedTurns Anonymous() => new(BotIdentities.Anonymous());

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        turnContext.TurnState[BotAdapter.BotIdentityKey] = identity;
        return next(cancellationToken);
    }
}
