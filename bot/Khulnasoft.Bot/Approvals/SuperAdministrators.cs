using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// The account's current super administrators, always read live from the account API (a demoted or removed admin
/// loses the right to decide at once; a newly promoted one gains it).
/// </summary>
public sealed class SuperAdministrators(KhulnasoftApiClient api)
{
    /// <summary>The role name the account API uses.</summary>
    public const string Role = "Super Administrator";

    /// <summary>The accepted members holding <see cref="Role"/>.</summary>
    public async Task<IReadOnlyList<AccountMember>> ListAsync(string accountId, CancellationToken cancellationToken)
    {
        var members = await api.GetAccountMembersAsync(accountId, cancellationToken).ConfigureAwait(false);
        return [.. members.Where(IsSuperAdministrator)];
    }

    public async Task<bool> IsCurrentAsync(string accountId, string userId, CancellationToken cancellationToken)
    {
        var admins = await ListAsync(accountId, cancellationToken).ConfigureAwait(false);
        return admins.Any(m => string.Equals(m.User.Id, userId, StringComparison.Ordinal));
    }

    /// <summary>The accounts where <paramref name="userId"/> is a current super administrator.</summary>
    public async Task<IReadOnlyList<AccountRef>> AccountsOfAsync(string userId, CancellationToken cancellationToken)
    {
        var memberships = await api.GetMembershipsAsync(userId, cancellationToken).ConfigureAwait(false);
        return [.. memberships.Where(m => IsAccepted(m.Status) && HasRole(m.Roles)).Select(m => m.Account)];
    }

    private static bool IsSuperAdministrator(AccountMember member) => IsAccepted(member.Status) && HasRole(member.Roles);

    private static bool IsAccepted(string status) => string.Equals(status, "accepted", StringComparison.OrdinalIgnoreCase);

    private static bool HasRole(IReadOnlyList<string> roles) => roles.Any(r => string.Equals(r, Role, StringComparison.OrdinalIgnoreCase));
}
