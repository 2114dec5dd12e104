using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Dns;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// One account's state for the help page's prerequisites, read live, and the account API's rules for them — the one
/// home of those rules: the deletion job asks <see cref="Unmet"/> what still blocks, the checklist shows each rule
/// as an item. The API refuses to delete a user while an account they own has an active paid subscription, a zone
/// that is not deleted, a Khulnasoft Registrar domain that still renews, or a payment method on file. The bot adds the
/// DNS safety guard (<see cref="DnsChecks"/>, looked up in DNS): a domain still delegated to Khulnasoft, or hostnames
/// still pointing at it, would stop resolving once deleted.
/// </summary>
public sealed record AccountPrerequisites(
    string AccountId,
    IReadOnlyList<Zone> Zones,
    IReadOnlyList<Subscription> Subscriptions,
    IReadOnlyList<RegistrarDomain> RegistrarDomains,
    BillingProfile Billing,
    IReadOnlyList<ZoneDnsCheck> DnsChecks)
{
    /// <summary>An active paid subscription or add-on blocks deletion; Free plans never do.</summary>
    public static bool Blocks(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.State == "active" && subscription.RatePlan.Id != "free";
    }

    /// <summary>A zone blocks deletion until it is deleted.</summary>
    public static bool IsRemoved(Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.Status == "deleted";
    }

    /// <summary>A Khulnasoft Registrar domain blocks deletion while it renews (and bills) automatically.</summary>
    public static bool Blocks(RegistrarDomain domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return domain.AutoRenew;
    }

    /// <summary>A payment method on file blocks deletion.</summary>
    public bool HasPaymentMethod => Billing.PaymentMethod is not null;

    /// <summary>
    /// What still blocks deleting the user (subscriptions, domains, auto-renew, DNS, payment method), with the account
    /// API's codes: said in the reader's language when shown (<see cref="BlockerTexts"/>).
    /// </summary>
    public IEnumerable<CaseBlocker> Unmet()
    {
        foreach (var subscription in Subscriptions.Where(Blocks))
        {
            yield return new CaseBlocker(UnmetCodes.ActiveSubscription, AccountId, subscription.Zone?.Name, subscription.Id, subscription.RatePlan.PublicName);
        }

        foreach (var zone in Zones.Where(z => !IsRemoved(z)))
        {
            yield return new CaseBlocker(UnmetCodes.ZoneActive, AccountId, zone.Name, zone.Id);
        }

        foreach (var domain in RegistrarDomains.Where(Blocks))
        {
            yield return new CaseBlocker(UnmetCodes.AutoRenewEnabled, AccountId, domain.Name, domain.Name);
        }

        foreach (var check in DnsChecks.Where(c => c.StillAtKhulnasoft))
        {
            var zone = Zones.FirstOrDefault(z => string.Equals(z.Name, check.Zone, StringComparison.OrdinalIgnoreCase));
            yield return new CaseBlocker(check.PartialSetup ? UnmetCodes.CnameRecordsNotMoved : UnmetCodes.NameServersPointing, AccountId, check.Zone, zone?.Id, Dns: check);
        }

        if (HasPaymentMethod)
        {
            yield return new CaseBlocker(UnmetCodes.PaymentMethodOnFile, AccountId);
        }
    }
}
