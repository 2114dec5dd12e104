using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// Reads what a deletion would touch (accounts where the user is primary owner are deleted with their other
/// members; domains and subscriptions of those accounts) and decides the route: a contract subscription on an
/// owned account → the CSM; an account with SSO where the user is not a super administrator → approval.
/// </summary>
public sealed class DeletionPlanner(KhulnasoftApiClient client)
{
    public const string SuperAdministrator = "Super Administrator";

    public async Task<DeletionPlan> PlanAsync(VerifiedIdentity user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var memberships = await client.GetMembershipsAsync(user.UserId, cancellationToken).ConfigureAwait(false);
        var owned = new List<OwnedAccount>();
        var domains = new List<string>();
        var subscriptions = new List<string>();
        string? contractId = null, contractName = null, ssoId = null, ssoName = null;
        foreach (var membership in memberships)
        {
            var accountId = membership.Account.Id;
            if (ssoId is null && !membership.Roles.Contains(SuperAdministrator, StringComparer.OrdinalIgnoreCase)
                && (await client.GetSsoConnectorsAsync(accountId, cancellationToken).ConfigureAwait(false)).Any(c => c.Enabled))
            {
                (ssoId, ssoName) = (accountId, membership.Account.Name);
            }

            if (!membership.IsPrimaryOwner)
            {
                continue;
            }

            var members = await client.GetAccountMembersAsync(accountId, cancellationToken).ConfigureAwait(false);
            owned.Add(new OwnedAccount(accountId, membership.Account.Name,
                [.. members.Where(m => m.User.Id != user.UserId).Select(m => m.User.Email).Order(StringComparer.OrdinalIgnoreCase)]));
            domains.AddRange((await client.GetZonesAsync(accountId, cancellationToken).ConfigureAwait(false))
                .Where(z => z.Status != "deleted").Select(z => z.Name));
            foreach (var subscription in await client.GetSubscriptionsAsync(accountId, cancellationToken).ConfigureAwait(false))
            {
                if (subscription.State != "active")
                {
                    continue;
                }

                if (subscription.RatePlan.IsContract && contractId is null)
                {
                    (contractId, contractName) = (accountId, membership.Account.Name);
                }

                subscriptions.Add(subscription.RatePlan.PublicName + (subscription.Zone is { } zone ? " (" + zone.Name + ")" : ""));
            }
        }

        var scope = new DeletionScope(user.Email, owned, domains, subscriptions);
        var ownedIds = owned.Select(o => o.AccountId).ToList();
        return contractId is not null ? new DeletionPlan(DeletionRoute.CustomerSuccess, scope, ownedIds, contractId, contractName)
            : ssoId is not null ? new DeletionPlan(DeletionRoute.AdminApproval, scope, ownedIds, ssoId, ssoName)
            : new DeletionPlan(DeletionRoute.SelfServe, scope, ownedIds, null, null);
    }
}
