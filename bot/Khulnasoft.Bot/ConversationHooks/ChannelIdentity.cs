using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// Who sent a turn, as the channel vouches for it (<see cref="ChannelIdentityResolver"/>): the active Khulnasoft user
/// and how the channel vouched, or a short, non-personal <paramref name="Refusal"/> code saying why nobody could be
/// named (for audits and logs).
/// </summary>
/// <param name="Channel">The turn's channel id.</param>
/// <param name="Refusal">One of <c>unauthenticated</c>, <c>no_entra_identity</c>, <c>not_bound</c>, <c>unknown_user</c>, <c>ambiguous_user</c> when <paramref name="User"/> is null.</param>
public sealed record ChannelIdentity(KhulnasoftUser? User, IdentitySource? Source, string Channel, string? Refusal)
{
    public static ChannelIdentity Known(KhulnasoftUser user, IdentitySource source, string channel) => new(user, source, channel, null);

    public static ChannelIdentity Unknown(string channel, string refusal) => new(null, null, channel, refusal);
}
