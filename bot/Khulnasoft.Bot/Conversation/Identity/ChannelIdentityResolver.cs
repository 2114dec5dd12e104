using System.Security.Claims;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// The Khulnasoft user the channel vouches for, if any. Only two channels vouch, and only on a turn they
/// authenticated: Teams (the Entra object id and tenant, on a Bot Framework channel token whose key endorses
/// <c>msteams</c>) and Direct Line (a <c>dl_</c> user id bound into the token by the embedding site's backend, on a
/// turn from this bot's own Direct Line server or from Azure's). Everything else — a Web Chat id the page chose,
/// the Emulator, any turn in anonymous local mode, where anyone can post any activity — vouches for nobody.
/// </summary>
public sealed class ChannelIdentityResolver(KhulnasoftApiClient api, ILogger<ChannelIdentityResolver> logger)
{
    /// <summary>The <see cref="BotFrameworkAuthenticator.TokenKindClaim"/> value of a validated channel token (not an Emulator token).</summary>
    public const string ChannelTokenKind = "channel";

    public async Task<VouchedIdentity?> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channel = activity.ChannelId ?? "";
        var identity = turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey);

        if (string.Equals(channel, Channels.Msteams, StringComparison.Ordinal))
        {
            if (!IsChannelToken(identity))
            {
                return None(channel, "the turn was not authenticated by the channel");
            }

            var objectId = activity.From?.AadObjectId;
            var tenantId = TeamsTenantId(activity);
            if (string.IsNullOrWhiteSpace(objectId) || string.IsNullOrWhiteSpace(tenantId))
            {
                return None(channel, "no Entra object id and tenant");
            }

            var users = await api.FindUsersByEntraIdentityAsync(tenantId, objectId, cancellationToken).ConfigureAwait(false);
            return Single(channel, users, IdentitySource.TeamsEntra);
        }

        var boundId = activity.From?.Id;
        if (boundId is null || !boundId.StartsWith(DirectLineChannel.BoundUserPrefix, StringComparison.Ordinal))
        {
            return None(channel, "the user id was not bound by the site");
        }

        if (!IsDirectLineTurn(identity, channel))
        {
            return None(channel, "the turn did not come through Direct Line");
        }

        var bound = boundId[DirectLineChannel.BoundUserPrefix.Length..];
        if (bound.Length == 0)
        {
            return None(channel, "an empty bound user id");
        }

        if (bound.Contains('@', StringComparison.Ordinal))
        {
            var byEmail = await api.FindUsersByEmailAsync(bound, cancellationToken).ConfigureAwait(false);
            return Single(channel, byEmail.Where(u => string.Equals(u.Email, bound, StringComparison.OrdinalIgnoreCase)).ToList(), IdentitySource.DirectLineBinding);
        }

        try
        {
            var user = await api.GetUserAsync(bound, cancellationToken).ConfigureAwait(false);
            return Single(channel, [user], IdentitySource.DirectLineBinding);
        }
        catch (AccountNotFoundException)
        {
            return None(channel, "the bound user does not exist");
        }
    }

    /// <summary>The tenant of a Teams activity: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? TeamsTenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is JsonObject data && data["tenant"] is JsonObject tenant
            && tenant["id"] is JsonValue id && id.TryGetValue<string>(out var tenantId) && !string.IsNullOrWhiteSpace(tenantId))
        {
            return tenantId;
        }

        return activity.Conversation?.TenantId;
    }

    private static bool IsChannelToken(ClaimsIdentity? identity) =>
        identity is { IsAuthenticated: true }
        && string.Equals(identity.FindFirst(BotFrameworkAuthenticator.TokenKindClaim)?.Value, ChannelTokenKind, StringComparison.Ordinal);

    // This bot's Direct Line server runs turns under its own identity after checking the token; it overwrites from.id
    // with the bound id and refuses client-chosen dl_ ids. Azure's Direct Line (channel token) does the same.
    private static bool IsDirectLineTurn(ClaimsIdentity? identity, string channel) =>
        string.Equals(identity?.AuthenticationType, DirectLineChannel.AuthenticationType, StringComparison.Ordinal)
        || (IsChannelToken(identity) && channel is Channels.Directline or Channels.Webchat);

    private VouchedIdentity? Single(string channel, IReadOnlyList<KhulnasoftUser> users, IdentitySource source)
    {
        var active = users.Where(u => string.Equals(u.Status, "active", StringComparison.OrdinalIgnoreCase)).ToList();
        if (active.Count != 1)
        {
            return None(channel, active.Count == 0 ? "no active Khulnasoft user matches" : "more than one Khulnasoft user matches");
        }

        IdentityLog.VouchedIdentityFound(logger, channel, source);
        var user = active[0];
        return new VouchedIdentity(user.Id, user.Email, user.Name, source);
    }

    private VouchedIdentity? None(string channel, string reason)
    {
        IdentityLog.NoVouchedIdentity(logger, channel, reason);
        return null;
    }
}
