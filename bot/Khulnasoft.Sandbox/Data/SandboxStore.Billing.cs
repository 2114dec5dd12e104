using Khulnasoft.Sandbox.Api;
using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Data;

/// <summary>The sandbox's registrar domains, billing profiles and invoices.</summary>
internal sealed partial class SandboxStore
{
    public IReadOnlyList<RegistrarDomain> GetRegistrarDomains(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).RegistrarDomains.Select(ToApi).ToList();
        }
    }

    public RegistrarDomain SetAutoRenew(string accountId, string domainName, bool autoRenew)
    {
        lock (gate)
        {
            var d = Account(accountId).RegistrarDomains.FirstOrDefault(x => string.Equals(x.Name, domainName, StringComparison.OrdinalIgnoreCase))
                ?? throw NotFound("registrar domain");
            d.AutoRenew = autoRenew;
            return ToApi(d);
        }
    }

    public BillingProfile GetBillingProfile(string accountId)
    {
        lock (gate)
        {
            var a = Account(accountId);
            return new BillingProfile(a.PaymentMethod, a.Balance, a.Currency);
        }
    }

    public BillingProfile DeletePaymentMethod(string accountId)
    {
        lock (gate)
        {
            var a = Account(accountId);
            a.PaymentMethod = null;
            return new BillingProfile(null, a.Balance, a.Currency);
        }
    }

    public IReadOnlyList<Invoice> GetInvoices(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).Invoices.OrderByDescending(i => i.Date).ToList();
        }
    }

    public (Account Account, Invoice Invoice) GetInvoice(string accountId, string invoiceId)
    {
        lock (gate)
        {
            var a = Account(accountId);
            var invoice = a.Invoices.FirstOrDefault(i => i.Id == invoiceId) ?? throw NotFound("invoice");
            return (new Account(a.Id, a.Name, a.Type, a.CreatedOn), invoice);
        }
    }
}
