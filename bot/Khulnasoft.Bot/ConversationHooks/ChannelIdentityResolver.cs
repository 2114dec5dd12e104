using System.Security.Claims;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// The one answer to "who is speaking or clicking", used by the identity step, the approval cards and the agent
/// hub. Only two channels vouch, and only on a turn they authenticated: Teams (the Entra object id and tenant, on a
/// Bot Framework channel token whose key endorses <c>msteams</c>) and Direct Line (a <c>dl_</c> user id bound into
/// the token by the embedding site's backend, on a turn from this bot's own Direct Line server or from Azure's).
/// Everything else — a Web Chat id the page chose, the Emulator, any turn in anonymous local mode, where anyone can
/// post any activity — vouches for nobody, in every environment.
/// </summary>
public sealed partial class ChannelIdentityResolver(KhulnasoftApiClient api, ILogger<ChannelIdentityResolver> logger)
{
    /// <summary>The <see cref="BotFrameworkAuthenticator.TokenKindClaim"/> value of a validated channel token (not an Emulator token).</summary>
    public const string ChannelTokenKind = "channel";

    /// <summary>The Khulnasoft user the channel vouches for, before the user has confirmed it; null when nobody is vouched for.</summary>
    public async Task<VouchedIdentity?> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var identity = await IdentifyAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return identity is { User: { } user, Source: { } source } ? new VouchedIdentity(user.Id, user.Email, user.Name, source) : null;
    }

    /// <summary>The active Khulnasoft user behind the turn, looked up live in the account API, or why there is none.</summary>
    public async Task<ChannelIdentity> IdentifyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channel = activity.ChannelId ?? "";

        if (string.Equals(channel, Channels.Msteams, StringComparison.Ordinal))
        {
            if (!IsChannelToken(Claims(turnContext)))
            {
                return None(channel, "unauthenticated");
            }

            if (TeamsCaller(turnContext) is not { } entra)
            {
                return None(channel, "no_entra_identity");
            }

            var users = await api.FindUsersByEntraIdentityAsync(entra.TenantId, entra.ObjectId, cancellationToken).ConfigureAwait(false);
            return Single(channel, users, IdentitySource.TeamsEntra);
        }

        var boundId = activity.From?.Id;
        if (boundId is null || !boundId.StartsWith(DirectLineChannel.BoundUserPrefix, StringComparison.Ordinal)
            || boundId.Length == DirectLineChannel.BoundUserPrefix.Length)
        {
            return None(channel, "not_bound");
        }

        if (!IsDirectLineTurn(Claims(turnContext), channel))
        {
            return None(channel, "unauthenticated");
        }

        var bound = boundId[DirectLineChannel.BoundUserPrefix.Length..];
        if (bound.Contains('@', StringComparison.Ordinal))
        {
            var byEmail = await api.FindUsersByEmailAsync(bound, cancellationToken).ConfigureAwait(false);
            return Single(channel, [.. byEmail.Where(u => string.Equals(u.Email, bound, StringComparison.OrdinalIgnoreCase))], IdentitySource.DirectLineBinding);
        }

        try
        {
            var user = await api.GetUserAsync(bound, cancellationToken).ConfigureAwait(false);
            return Single(channel, [user], IdentitySource.DirectLineBinding);
        }
        catch (AccountNotFoundException)
        {
            return None(channel, "unknown_user");
        }
    }

    /// <summary>
    /// The Entra identity Teams vouches for on this turn (no account lookup): the sender's <c>from.aadObjectId</c> and
    /// tenant, only on a Teams turn authenticated with a channel token; null otherwise. Agents act on this.
    /// </summary>
    public static EntraCaller? TeamsCaller(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.Ordinal) || !IsChannelToken(Claims(turnContext)))
        {
            return null;
        }

        var objectId = activity.From?.AadObjectId;
        var tenantId = TeamsTenantId(activity);
        return string.IsNullOrWhiteSpace(objectId) || string.IsNullOrWhiteSpace(tenantId) ? null : new EntraCaller(objectId.ToLowerInvariant(), tenantId);
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

    /// <summary>
    /// Whether a Bot Framework channel authenticated this turn (a validated channel token: not an Emulator token, not
    /// anonymous local mode, not this bot's own Direct Line server, where the user writes the activity).
    /// </summary>
    public static bool IsChannelAuthenticated(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return IsChannelToken(Claims(turnContext));
    }

    private static ClaimsIdentity? Claims(ITurnContext turnContext) => turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey);

    private static bool IsChannelToken(ClaimsIdentity? identity) =>
        identity is { IsAuthenticated: true }
        && string.Equals(identity.FindFirst(BotFrameworkAuthenticator.TokenKindClaim)?.Value, ChannelTokenKind, StringComparison.Ordinal);

    // This bot's Direct Line server runs turns under its own identity after checking the token; it overwrites from.id
    // with the bound id and refuses client-chosen dl_ ids. Azure's Direct Line (channel token) does the same.
    private static bool IsDirectLineTurn(ClaimsIdentity? identity, string channel) =>
        string.Equals(identity?.AuthenticationType, DirectLineChannel.AuthenticationType, StringComparison.Ordinal)
        || (IsChannelToken(identity) && channel is Channels.Directline or Channels.Webchat);

    private ChannelIdentity Single(string channel, IReadOnlyList<KhulnasoftUser> users, IdentitySource source)
    {
        var active = users.Where(u => string.Equals(u.Status, "active", StringComparison.OrdinalIgnoreCase)).ToList();
        if (active.Count != 1)
        {
            return None(channel, active.Count == 0 ? "unknown_user" : "ambiguous_user");
        }

        LogVouchedIdentityFound(logger, channel, source);
        return ChannelIdentity.Known(active[0], source, channel);
    }

    private ChannelIdentity None(string channel, string reason)
    {
        LogNoVouchedIdentity(logger, channel, reason);
        return ChannelIdentity.Unknown(channel, reason);
    }
}
