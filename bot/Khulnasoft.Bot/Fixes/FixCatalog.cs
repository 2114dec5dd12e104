using Khulnasoft.Bot.Deletion;
using Khulnasoft.Cards.Checklist;

namespace Khulnasoft.Bot.Fixes;

/// <summary>
/// Every change the account API can make for the open items of one account, read from its live prerequisites: each
/// blocking subscription or add-on of a domain (contract subscriptions refused), each zone not yet removed, each
/// registrar domain that still renews, and the payment method. Each is refused when the user's roles do not allow it.
/// Nameservers and DNS records never appear: they are the registrar's and the DNS provider's.
/// </summary>
public static class FixCatalog
{
    public static IReadOnlyList<FixOffer> For(AccountPrerequisites state, string accountName, IReadOnlyList<string> roles)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(roles);
        var offers = new List<FixOffer>();
        FixOffer Offer(ChecklistItemKind kind, string resourceId, string? buttonName, string subject, string summary, FixRefusal? refusal = null) =>
            new(kind, state.AccountId, accountName, resourceId, buttonName, subject, summary,
                refusal ?? (FixPermissions.Allows(roles, kind) ? null : FixRefusal.Role), roles);

        foreach (var subscription in state.Subscriptions.Where(s => AccountPrerequisites.Blocks(s) && s.Zone is not null))
        {
            var plan = subscription.RatePlan.PublicName;
            offers.Add(Offer(ChecklistItemKind.SubscriptionsCancelled, subscription.Id, plan, plan + " (" + subscription.Zone!.Name + ")",
                FixTexts.ConsentSubscription(plan, subscription.Zone.Name, subscription.Price, subscription.Currency, subscription.Frequency),
                subscription.RatePlan.IsContract ? FixRefusal.Contract : null));
        }

        foreach (var zone in state.Zones.Where(z => !AccountPrerequisites.IsRemoved(z)))
        {
            offers.Add(Offer(ChecklistItemKind.DomainRemoved, zone.Id, null, zone.Name, FixTexts.ConsentZone(zone.Name)));
        }

        foreach (var domain in state.RegistrarDomains.Where(AccountPrerequisites.Blocks))
        {
            offers.Add(Offer(ChecklistItemKind.AutoRenewDisabled, domain.Name, null, domain.Name, FixTexts.ConsentAutoRenew(domain.Name, domain.ExpiresAt)));
        }

        if (state.Billing.PaymentMethod is { } card)
        {
            offers.Add(Offer(ChecklistItemKind.PaymentInfoDeleted, state.AccountId, null, accountName,
                FixTexts.ConsentPayment(card.Brand, card.Last4, accountName, state.Billing.Balance, state.Billing.Currency)));
        }

        return offers;
    }

    /// <summary>True when <paramref name="resourceId"/> is a resource of this account for <paramref name="kind"/> whose change is already made.</summary>
    public static bool IsDone(AccountPrerequisites state, ChecklistItemKind kind, string resourceId)
    {
        ArgumentNullException.ThrowIfNull(state);
        return kind switch
        {
            ChecklistItemKind.SubscriptionsCancelled => state.Subscriptions.Any(s => s.Id == resourceId && !AccountPrerequisites.Blocks(s)),
            ChecklistItemKind.DomainRemoved => state.Zones.Any(z => z.Id == resourceId && AccountPrerequisites.IsRemoved(z)),
            ChecklistItemKind.AutoRenewDisabled => state.RegistrarDomains.Any(d => string.Equals(d.Name, resourceId, StringComparison.OrdinalIgnoreCase) && !d.AutoRenew),
            ChecklistItemKind.PaymentInfoDeleted => resourceId == state.AccountId && !state.HasPaymentMethod,
            _ => false,
        };
    }
}
