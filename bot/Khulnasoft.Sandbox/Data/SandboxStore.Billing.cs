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

    public RegistrarDomain SetAutoRenew(string accountId, string domainName, bool autoRenew, string? idempotencyKey = null) =>
        Idempotent("set_auto_renew", idempotencyKey, $"PUT accounts/{accountId}/registrar/domains/{domainName.ToLowerInvariant()} auto_renew={autoRenew}",
            () => SetAutoRenewOnce(accountId, domainName, autoRenew, idempotencyKey));

    private RegistrarDomain SetAutoRenewOnce(string accountId, string domainName, bool autoRenew, string? idempotencyKey)
    {
        lock (gate)
        {
            var d = Account(accountId).RegistrarDomains.FirstOrDefault(x => string.Equals(x.Name, domainName, StringComparison.OrdinalIgnoreCase))
                ?? throw NotFound("registrar domain");
            d.AutoRenew = autoRenew;
            Record(autoRenew ? "enable_auto_renew" : "disable_auto_renew", d.Name, idempotencyKey);
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

    public BillingProfile DeletePaymentMethod(string accountId, string? idempotencyKey = null) =>
        Idempotent("delete_payment_method", idempotencyKey, $"DELETE accounts/{accountId}/billing/payment_method", () => DeletePaymentMethodOnce(accountId, idempotencyKey));

    private BillingProfile DeletePaymentMethodOnce(string accountId, string? idempotencyKey)
    {
        lock (gate)
        {
            var a = Account(accountId);
            if (a.PaymentMethod is not null && a.Balance > 0)
            {
                throw new SandboxApiException(409, ErrorCodes.BalanceDue,
                    $"{a.Balance.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {a.Currency} is still due on {a.Name}: pay it before deleting the payment method.");
            }

            if (a.PaymentMethod is not null)
            {
                Record("delete_payment_method", a.Id, idempotencyKey);
            }

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
