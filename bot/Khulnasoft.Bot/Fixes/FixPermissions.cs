using Khulnasoft.Cards.Checklist;

namespace Khulnasoft.Bot.Fixes;

/// <summary>
/// Which account roles (the membership's <c>roles</c> from the account API) may let the bot make which change. A
/// Super Administrator may make every fix; an Administrator manages subscriptions, domains and auto-renew but not the
/// billing details; Billing manages subscriptions and the payment method. Any other role (read-only and the like)
/// makes none. Roles are compared case-insensitively.
/// </summary>
public static class FixPermissions
{
    public const string SuperAdministrator = "Super Administrator";
    public const string Administrator = "Administrator";
    public const string Billing = "Billing";

    private static readonly IReadOnlyDictionary<ChecklistItemKind, string[]> Allowed = new Dictionary<ChecklistItemKind, string[]>
    {
        [ChecklistItemKind.SubscriptionsCancelled] = [SuperAdministrator, Administrator, Billing],
        [ChecklistItemKind.DomainRemoved] = [SuperAdministrator, Administrator],
        [ChecklistItemKind.AutoRenewDisabled] = [SuperAdministrator, Administrator],
        [ChecklistItemKind.PaymentInfoDeleted] = [SuperAdministrator, Billing],
    };

    /// <summary>True when one of <paramref name="roles"/> may make the fix of <paramref name="kind"/>.</summary>
    public static bool Allows(IReadOnlyList<string> roles, ChecklistItemKind kind)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return Allowed.TryGetValue(kind, out var allowed) && roles.Any(r => allowed.Contains(r, StringComparer.OrdinalIgnoreCase));
    }
}
