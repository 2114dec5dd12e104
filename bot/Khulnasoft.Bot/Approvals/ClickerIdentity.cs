using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.Approvals;

/// <summary>Who clicked, as the channel vouched for it: the Khulnasoft user, or why nobody could be named.</summary>
/// <param name="Refusal">A short, non-personal reason for the audit when <paramref name="User"/> is null.</param>
public sealed record ClickerIdentity(KhulnasoftUser? User, string Channel, string? Refusal)
{
    public static ClickerIdentity Known(KhulnasoftUser user, string channel) => new(user, channel, null);

    public static ClickerIdentity Unknown(string channel, string refusal) => new(null, channel, refusal);
}
