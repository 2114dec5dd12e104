using System.Security.Claims;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// Maps the user behind a card click to a Khulnasoft user, live, trusting only what the channel vouches for:
/// Teams' <c>from.aadObjectId</c> and tenant on a turn authenticated with a channel token, or a Direct Line user
/// id bound into the token by the embedding site (<c>dl_</c> + email or user id) on a turn from the Direct Line
/// server. In anonymous local mode (no app id; refused in Production) every activity is unauthenticated anyway, so
/// in the Development environment the same fields are read as sent, which is what lets local tools and the
/// Teams-shaped tests act as an admin. Anything else names nobody.
/// </summary>
public sealed class ClickerIdentityResolver(KhulnasoftApiClient api, IHostEnvironment environment)
{
    // BotFrameworkAuthenticator records the kind of token it accepted under TokenKindClaim; "channel" is a channel token.
    private const string ChannelTokenKind = "channel";

    public async Task<ClickerIdentity> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channel = activity.ChannelId ?? "";
        var identity = turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey);
        var localTrust = IsAnonymousLocal(identity) && environment.IsDevelopment();

        if (string.Equals(channel, Channels.Msteams, StringComparison.Ordinal))
        {
            if (!localTrust && !IsChannelToken(identity))
            {
                return ClickerIdentity.Unknown(channel, "unauthenticated");
            }

            var objectId = activity.From?.AadObjectId;
            var tenantId = TenantOf(activity);
            if (string.IsNullOrWhiteSpace(objectId) || string.IsNullOrWhiteSpace(tenantId))
            {
                return ClickerIdentity.Unknown(channel, "no_entra_identity");
            }

            var users = await api.FindUsersByEntraIdentityAsync(tenantId, objectId, cancellationToken).ConfigureAwait(false);
            return Single(channel, users);
        }

        var boundId = activity.From?.Id;
        if (boundId is null || !boundId.StartsWith(DirectLineChannel.BoundUserPrefix, StringComparison.Ordinal) || boundId.Length == DirectLineChannel.BoundUserPrefix.Length)
        {
            return ClickerIdentity.Unknown(channel, "not_bound");
        }

        if (!localTrust && !IsDirectLineTurn(identity, channel))
        {
            return ClickerIdentity.Unknown(channel, "unauthenticated");
        }

        var bound = boundId[DirectLineChannel.BoundUserPrefix.Length..];
        if (bound.Contains('@', StringComparison.Ordinal))
        {
            var byEmail = await api.FindUsersByEmailAsync(bound, cancellationToken).ConfigureAwait(false);
            return Single(channel, [.. byEmail.Where(u => string.Equals(u.Email, bound, StringComparison.OrdinalIgnoreCase))]);
        }

        try
        {
            return Single(channel, [await api.GetUserAsync(bound, cancellationToken).ConfigureAwait(false)]);
        }
        catch (AccountNotFoundException)
        {
            return ClickerIdentity.Unknown(channel, "unknown_user");
        }
    }

    /// <summary>The tenant of a Teams activity: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? TenantOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is JsonObject data && data["tenant"] is JsonObject tenant
            && tenant["id"] is JsonValue id && id.TryGetValue<string>(out var tenantId) && !string.IsNullOrWhiteSpace(tenantId))
        {
            return tenantId;
        }

        return activity.Conversation?.TenantId;
    }

    private static ClickerIdentity Single(string channel, IReadOnlyList<KhulnasoftUser> users)
    {
        var active = users.Where(u => string.Equals(u.Status, "active", StringComparison.OrdinalIgnoreCase)).ToList();
        return active.Count == 1
            ? ClickerIdentity.Known(active[0], channel)
            : ClickerIdentity.Unknown(channel, active.Count == 0 ? "unknown_user" : "ambiguous_user");
    }

    private static bool IsAnonymousLocal(ClaimsIdentity? identity) =>
        string.Equals(identity?.AuthenticationType, AuthenticationConstants.AnonymousAuthType, StringComparison.Ordinal);

    private static bool IsChannelToken(ClaimsIdentity? identity) =>
        identity is { IsAuthenticated: true }
        && string.Equals(identity.FindFirst(BotFrameworkAuthenticator.TokenKindClaim)?.Value, ChannelTokenKind, StringComparison.Ordinal);

    private static bool IsDirectLineTurn(ClaimsIdentity? identity, string channel) =>
        string.Equals(identity?.AuthenticationType, DirectLineChannel.AuthenticationType, StringComparison.Ordinal)
        || (IsChannelToken(identity) && channel is Channels.Directline or Channels.Webchat);
}
