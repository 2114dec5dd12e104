namespace Khulnasoft.Bot.Tests.Conversation;

/// <summary>
/// What ada does by hand on the sandbox dashboard (<see cref="BotTestHost.DashboardAsync"/>) before her account can
/// be deleted, in the order the tests do it. Her checklist starts at 1 of 8 required steps (the Free plan of
/// adashop.com needs no cancelling) and reaches 2, 4, 7 and 8 of 8 after these groups.
/// </summary>
public static class AdaPrerequisites
{
    public static readonly string[] Subscriptions =
    [
        "accounts/acct_ada_labs/subscriptions/sub_ada_dev_pro/cancel",
        "accounts/acct_ada_labs/subscriptions/sub_ada_dev_argo/cancel",
    ];

    public static readonly string[] NameserversAndAutoRenew =
    [
        "zones/zone_ada_dev/nameservers-changed",
        "accounts/acct_ada_labs/registrar/ada.dev/auto-renew/disable",
    ];

    public static readonly string[] DnsRecordsAndDomains =
    [
        "zones/zone_adashop_com/dns-records-moved",
        "zones/zone_ada_dev/remove",
        "zones/zone_adashop_com/remove",
    ];

    public static readonly string[] PaymentMethod = ["accounts/acct_ada_labs/billing/payment-method/delete"];
}
