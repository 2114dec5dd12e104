using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.DataExport;

/// <summary>Everything the account API holds about one account the user is primary owner of (invoice PDFs are read while zipping).</summary>
public sealed record ExportedAccount(
    KhulnasoftAccount Account,
    IReadOnlyList<AccountMember> Members,
    IReadOnlyList<ExportedZone> Zones,
    IReadOnlyList<Subscription> Subscriptions,
    IReadOnlyList<RegistrarDomain> RegistrarDomains,
    BillingProfile Billing,
    IReadOnlyList<Invoice> Invoices);
