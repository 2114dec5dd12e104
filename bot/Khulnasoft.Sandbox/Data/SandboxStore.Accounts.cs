using Khulnasoft.Sandbox.Api;
using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Data;

/// <summary>The sandbox's accounts: members, SSO connectors, subscriptions and contracts, the customer success manager.</summary>
internal sealed partial class SandboxStore
{
    public Account GetAccount(string accountId)
    {
        lock (gate)
        {
            var a = Account(accountId);
            return new Account(a.Id, a.Name, a.Type, a.CreatedOn);
        }
    }

    public IReadOnlyList<Member> GetMembers(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).Members.Select(m =>
            {
                var u = index.User(m.UserId) ?? throw new InvalidOperationException($"Member {m.Id} names a user the seed does not have.");
                return new Member(m.Id, new MemberUser(u.Id, u.Email, u.Name), m.Roles, m.Status, m.IsPrimaryOwner);
            }).ToList();
        }
    }

    public IReadOnlyList<SsoConnector> GetSsoConnectors(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).SsoConnectors.ToList();
        }
    }

    public IReadOnlyList<Subscription> GetSubscriptions(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).Subscriptions.Select(ToApi).ToList();
        }
    }

    public Subscription CancelSubscription(string accountId, string subscriptionId, string? idempotencyKey = null) =>
        Idempotent("cancel_subscription", idempotencyKey, $"DELETE accounts/{accountId}/subscriptions/{subscriptionId}", () => CancelSubscriptionOnce(accountId, subscriptionId, idempotencyKey));

    private Subscription CancelSubscriptionOnce(string accountId, string subscriptionId, string? idempotencyKey)
    {
        lock (gate)
        {
            var s = Account(accountId).Subscriptions.FirstOrDefault(x => x.Id == subscriptionId)
                ?? throw NotFound("subscription");
            if (s.RatePlan.IsContract)
            {
                throw new SandboxApiException(409, "contract_subscription", "Contract subscriptions are cancelled by your Customer Success Manager.");
            }

            s.State = "cancelled";
            Record("cancel_subscription", s.Id, idempotencyKey);
            return ToApi(s);
        }
    }

    /// <summary>Staff (the CSM) ends a contract: its subscription is cancelled, and the account is no longer under contract.</summary>
    public Subscription EndContract(string accountId, string subscriptionId)
    {
        lock (gate)
        {
            var s = Account(accountId).Subscriptions.FirstOrDefault(x => x.Id == subscriptionId && x.RatePlan.IsContract)
                ?? throw NotFound("contract subscription");
            s.State = "cancelled";
            return ToApi(s);
        }
    }

    public CustomerSuccessManager GetCustomerSuccessManager(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).CustomerSuccessManager
                ?? throw new SandboxApiException(404, "csm_not_assigned", "This account has no Customer Success Manager.");
        }
    }
}
