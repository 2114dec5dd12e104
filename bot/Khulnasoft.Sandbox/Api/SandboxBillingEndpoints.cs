using Khulnasoft.Sandbox.Data;
using Khulnasoft.Sandbox.Invoices;

namespace Khulnasoft.Sandbox.Api;

/// <summary>Sandbox API: billing profile, payment method, invoices and invoice PDFs.</summary>
internal static class SandboxBillingEndpoints
{
    public static RouteGroupBuilder MapSandboxBilling(this RouteGroupBuilder api)
    {
        api.MapGet("/accounts/{account_id}/billing/profile", (string account_id, SandboxStore store) =>
            SandboxApi.Ok(store.GetBillingProfile(account_id)));
        api.MapDelete("/accounts/{account_id}/billing/payment_method", (string account_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Ok(store.DeletePaymentMethod(account_id, SandboxApi.IdempotencyKey(request))));
        api.MapGet("/accounts/{account_id}/billing/invoices", (string account_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Page(request, store.GetInvoices(account_id)));
        api.MapGet("/accounts/{account_id}/billing/invoices/{invoice_id}/pdf", (string account_id, string invoice_id, SandboxStore store) =>
        {
            var (account, invoice) = store.GetInvoice(account_id, invoice_id);
            var pdf = SandboxInvoicePdf.Render(account, invoice);
            return Results.File(pdf, "application/pdf", $"{invoice.Number}.pdf");
        });
        return api;
    }
}
