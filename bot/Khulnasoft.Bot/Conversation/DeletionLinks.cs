using Khulnasoft.Bot.Hosting;
using Khulnasoft.Cards.Checklist;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The deep links the checklist shows: the exact dashboard page for a zone, an account's subscriptions, billing or a
/// registrar domain (same paths on the real dashboard and the sandbox one), and the help text for each step.
/// </summary>
public sealed class DeletionLinks(IOptions<ConversationOptions> options, ListeningAddress listening)
{
    public string Zone(string zoneId) => Dashboard($"zones/{Uri.EscapeDataString(zoneId)}");

    public string Subscriptions(string accountId) => Dashboard($"accounts/{Uri.EscapeDataString(accountId)}/subscriptions");

    public string Registrar(string accountId, string domain) =>
        Dashboard($"accounts/{Uri.EscapeDataString(accountId)}/registrar/{Uri.EscapeDataString(domain)}");

    public string Billing(string accountId) => Dashboard($"accounts/{Uri.EscapeDataString(accountId)}/billing");

    /// <summary>The help page "Delete your Khulnasoft account".</summary>
    public string HelpPage => Help(options.Value.HelpPagePath);

    /// <summary>The help text for one checklist step (the pages the help page links to).</summary>
    public string HelpFor(ChecklistItemKind kind) => Help(kind switch
    {
        ChecklistItemKind.SubscriptionsCancelled => "/fundamentals/account-and-billing/account-billing/cancel-subscription/",
        ChecklistItemKind.DomainRemoved => "/fundamentals/setup/manage-domains/remove-domain/",
        ChecklistItemKind.NameserversRemoved => "/dns/zone-setups/full-setup/setup/",
        ChecklistItemKind.AutoRenewDisabled => "/registrar/account-options/renew-domains#set-up-automatic-renewals",
        ChecklistItemKind.DnsRecordsMoved => "/dns/manage-dns-records/how-to/create-dns-records/#edit-dns-records",
        ChecklistItemKind.PaymentInfoDeleted => "/fundamentals/account-and-billing/account-billing/updating-billing-info/#delete-your-current-payment-method",
        ChecklistItemKind.InvoicesDownloaded => "/fundamentals/account-and-billing/account-billing/understand-invoices/#download-invoice",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown checklist item."),
    });

    private string Help(string path) => options.Value.HelpBaseUrl.TrimEnd('/') + path;

    private string Dashboard(string relative)
    {
        var dashboard = listening.Resolve(options.Value.DashboardBaseUrl, "Conversation:DashboardBaseUrl");
        return new Uri(dashboard, relative).ToString();
    }
}
