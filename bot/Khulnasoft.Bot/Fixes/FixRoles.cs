using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.Fixes;

/// <summary>A user's roles per account, from their memberships (accepted ones only), as <see cref="FixPermissions"/> reads them.</summary>
public static class FixRoles
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> From(IReadOnlyList<Membership> memberships)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        return memberships.Where(m => m.Status == "accepted")
            .GroupBy(m => m.Account.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(m => m.Roles).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparer.Ordinal);
    }

    public static IReadOnlyList<string> Of(IReadOnlyDictionary<string, IReadOnlyList<string>> roles, string accountId)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.TryGetValue(accountId, out var found) ? found : [];
    }
}
