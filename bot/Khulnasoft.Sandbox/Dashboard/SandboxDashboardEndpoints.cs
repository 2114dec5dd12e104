using System.Globalization;
using System.Text;
using Khulnasoft.Sandbox.Api;
using Khulnasoft.Sandbox.Data;
using Khulnasoft.Sandbox.Wire;
using static Khulnasoft.Sandbox.Dashboard.SandboxHtml;

namespace Khulnasoft.Sandbox.Dashboard;

/// <summary>
/// The sandbox dashboard: a person does each deletion prerequisite by hand. Stable URLs (the bot deep-links here):
/// <c>/sandbox/dash/accounts/{account_id}</c>, <c>.../subscriptions</c>, <c>.../billing</c>,
/// <c>.../registrar/{domain}</c>, <c>/sandbox/dash/zones/{zone_id}</c>, <c>/sandbox/dash/staff/legal-holds</c>.
/// Forms POST and redirect (303) back to the page.
/// </summary>
internal static class SandboxDashboardEndpoints
{
    public static IEndpointRouteBuilder MapSandboxDashboard(this IEndpointRouteBuilder endpoints)
    {
        var dash = endpoints.MapGroup("/sandbox/dash").AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (SandboxApiException e)
            {
                return Page("Not available", $"<section><p>{E(e.Message)}</p><p><a href=\"/sandbox/dash\">Back to the accounts</a></p></section>", e.StatusCode);
            }
        });

        dash.MapGet("/", (SandboxStore store) =>
        {
            var rows = new StringBuilder();
            foreach (var (account, deleted) in store.GetAllAccounts())
            {
                rows.Append("<tr><td>").Append(deleted ? E(account.Name) : $"<a href=\"/sandbox/dash/accounts/{U(account.Id)}\">{E(account.Name)}</a>")
                    .Append("</td><td>").Append(E(account.Id)).Append("</td><td>").Append(E(account.Type))
                    .Append("</td><td>").Append(deleted ? "deleted" : "active").Append("</td></tr>");
            }

            return Page("Accounts", $"<section><table><tr><th>Account</th><th>Id</th><th>Type</th><th>Status</th></tr>{rows}</table></section>");
        });

        dash.MapGet("/changes.json", (SandboxStore store) =>
            Results.Json(new { changes = store.GetChanges() }, SandboxApi.Json));

        dash.MapGet("/accounts/{account_id}", (string account_id, SandboxStore store) =>
        {
            var account = store.GetAccount(account_id);
            var body = Members(store, account_id) + Subscriptions(store, account_id) + Zones(store, account_id)
                + Registrar(store, account_id) + Billing(store, account_id);
            return Page(account.Name, body);
        });
        dash.MapGet("/accounts/{account_id}/subscriptions", (string account_id, SandboxStore store) =>
            Page($"{store.GetAccount(account_id).Name}: subscriptions", Subscriptions(store, account_id)));
        dash.MapPost("/accounts/{account_id}/subscriptions/{subscription_id}/cancel", (string account_id, string subscription_id, SandboxStore store) =>
        {
            store.CancelSubscription(account_id, subscription_id);
            return Back($"/sandbox/dash/accounts/{U(account_id)}/subscriptions");
        });
        dash.MapGet("/accounts/{account_id}/billing", (string account_id, SandboxStore store) =>
            Page($"{store.GetAccount(account_id).Name}: billing", Billing(store, account_id)));
        dash.MapPost("/accounts/{account_id}/billing/payment-method/delete", (string account_id, SandboxStore store) =>
        {
            store.DeletePaymentMethod(account_id);
            return Back($"/sandbox/dash/accounts/{U(account_id)}/billing");
        });
        dash.MapGet("/accounts/{account_id}/registrar/{domain_name}", (string account_id, string domain_name, SandboxStore store) =>
        {
            var domain = store.GetRegistrarDomains(account_id).FirstOrDefault(d => string.Equals(d.Name, domain_name, StringComparison.OrdinalIgnoreCase))
                ?? throw new SandboxApiException(404, ErrorCodes.NotFound, "No such registrar domain.");
            var action = $"/sandbox/dash/accounts/{U(account_id)}/registrar/{U(domain.Name)}/auto-renew/{(domain.AutoRenew ? "disable" : "enable")}";
            var body = $"<section><h2>Auto-renew</h2><p>{Status(!domain.AutoRenew, "Auto-renew is off", "Auto-renew is on")}</p>"
                + $"<p class=\"muted\">Expires {E(domain.ExpiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}</p>"
                + Button(action, domain.AutoRenew ? "Disable auto-renew" : "Enable auto-renew") + "</section>";
            return Page($"Registrar: {domain.Name}", body);
        });
        dash.MapPost("/accounts/{account_id}/registrar/{domain_name}/auto-renew/{change}", (string account_id, string domain_name, string change, SandboxStore store) =>
        {
            if (change is not ("disable" or "enable"))
            {
                throw new SandboxApiException(404, ErrorCodes.NotFound, "No such action.");
            }

            store.SetAutoRenew(account_id, domain_name, change == "enable");
            return Back($"/sandbox/dash/accounts/{U(account_id)}/registrar/{U(domain_name)}");
        });

        dash.MapGet("/zones/{zone_id}", (string zone_id, SandboxStore store, SandboxServers servers) =>
        {
            var zone = store.GetZone(zone_id);
            return Page($"Zone: {zone.Name}", ZonePage(zone) + DnsSection(zone, servers));
        });
        dash.MapPost("/zones/{zone_id}/remove", (string zone_id, SandboxStore store) =>
        {
            store.RemoveZone(zone_id);
            return Back($"/sandbox/dash/zones/{U(zone_id)}");
        });
        dash.MapPost("/zones/{zone_id}/nameservers-changed", (string zone_id, SandboxStore store) =>
        {
            store.MarkNameServersChanged(zone_id);
            return Back($"/sandbox/dash/zones/{U(zone_id)}");
        });
        dash.MapPost("/zones/{zone_id}/dns-records-moved", (string zone_id, SandboxStore store) =>
        {
            store.MarkDnsRecordsMoved(zone_id);
            return Back($"/sandbox/dash/zones/{U(zone_id)}");
        });

        dash.MapGet("/staff/legal-holds", (SandboxStore store) =>
        {
            var rows = new StringBuilder();
            foreach (var (hold, userId, email) in store.GetAllLegalHolds())
            {
                rows.Append("<tr><td>").Append(E(email)).Append(" <span class=\"muted\">").Append(E(userId)).Append("</span></td><td>")
                    .Append(E(hold.Reason)).Append("</td><td>").Append(E(hold.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    .Append("</td><td>").Append(Button($"/sandbox/dash/staff/legal-holds/{U(userId)}/{U(hold.Id)}/lift", "Lift hold")).Append("</td></tr>");
            }

            var table = rows.Length == 0 ? "<p>No legal holds.</p>" : $"<table><tr><th>User</th><th>Reason</th><th>Since</th><th><span class=\"visually-hidden\">Action</span></th></tr>{rows}</table>";
            return Page("Staff: legal holds", $"<section><p class=\"muted\">Staff only. Reasons are never shown to customers.</p>{table}</section>");
        });
        dash.MapPost("/staff/legal-holds/{user_id}/{hold_id}/lift", (string user_id, string hold_id, SandboxStore store) =>
        {
            store.LiftLegalHold(user_id, hold_id);
            return Back("/sandbox/dash/staff/legal-holds");
        });
        dash.MapPost("/staff/contracts/{account_id}/{subscription_id}/end", (string account_id, string subscription_id, SandboxStore store) =>
        {
            store.EndContract(account_id, subscription_id);
            return Back($"/sandbox/dash/accounts/{U(account_id)}/subscriptions");
        });
        return endpoints;
    }

    private static SeeOther Back(string url) => new(url);

    private static string Members(SandboxStore store, string accountId)
    {
        var rows = string.Concat(store.GetMembers(accountId).Select(m =>
            $"<tr><td>{E(m.User.Email)}</td><td>{E(string.Join(", ", m.Roles))}</td><td>{(m.IsPrimaryOwner ? "Primary owner" : "")}</td></tr>"));
        return $"<section><h2>Members</h2><table><tr><th>Email</th><th>Roles</th><th>Owner</th></tr>{rows}</table></section>";
    }

    private static string Subscriptions(SandboxStore store, string accountId)
    {
        var rows = string.Concat(store.GetSubscriptions(accountId).Select(s =>
            $"<tr><td>{E(s.RatePlan.PublicName)}{(s.RatePlan.IsContract ? " <span class=\"muted\">(contract)</span>" : "")}</td><td>{E(s.Zone?.Name)}</td>"
            + $"<td>{E(s.Price.ToString("0.00", CultureInfo.InvariantCulture))} {E(s.Currency)}/{E(s.Frequency)}</td>"
            + $"<td>{Status(s.State != "active", "Cancelled", "Active")}</td><td>"
            + (s.State != "active" ? ""
                : s.RatePlan.IsContract ? Button($"/sandbox/dash/staff/contracts/{U(accountId)}/{U(s.Id)}/end", "End contract (staff: the CSM)")
                : Button($"/sandbox/dash/accounts/{U(accountId)}/subscriptions/{U(s.Id)}/cancel", "Cancel subscription"))
            + "</td></tr>"));
        return $"<section id=\"subscriptions\"><h2>Subscriptions and add-ons</h2><table><tr><th>Plan</th><th>Domain</th><th>Price</th><th>Status</th><th><span class=\"visually-hidden\">Action</span></th></tr>{rows}</table></section>";
    }

    private static string Zones(SandboxStore store, string accountId)
    {
        var rows = string.Concat(store.GetZones(accountId).Select(z =>
            $"<tr><td><a href=\"/sandbox/dash/zones/{U(z.Id)}\">{E(z.Name)}</a></td><td>{E(z.Type)}</td><td>{E(z.Status)}</td></tr>"));
        return $"<section id=\"zones\"><h2>Domains</h2><table><tr><th>Domain</th><th>Setup</th><th>Status</th></tr>{rows}</table></section>";
    }

    private static string Registrar(SandboxStore store, string accountId)
    {
        var rows = string.Concat(store.GetRegistrarDomains(accountId).Select(d =>
            $"<tr><td><a href=\"/sandbox/dash/accounts/{U(accountId)}/registrar/{U(d.Name)}\">{E(d.Name)}</a></td><td>{Status(!d.AutoRenew, "Auto-renew off", "Auto-renew on")}</td></tr>"));
        return $"<section id=\"registrar\"><h2>Registrar</h2><table><tr><th>Domain</th><th>Auto-renew</th></tr>{rows}</table></section>";
    }

    private static string Billing(SandboxStore store, string accountId)
    {
        var profile = store.GetBillingProfile(accountId);
        var method = profile.PaymentMethod is { } pm
            ? $"<p>{E(pm.Brand)} ending in {E(pm.Last4)}, expires {pm.ExpiryMonth:00}/{pm.ExpiryYear}</p>"
                + Button($"/sandbox/dash/accounts/{U(accountId)}/billing/payment-method/delete", "Delete payment method")
            : $"<p>{Status(true, "No payment method on file", "")}</p>";
        var invoices = string.Concat(store.GetInvoices(accountId).Select(i =>
            $"<tr><td>{E(i.Number)}</td><td>{E(i.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}</td><td>{E(i.Amount.ToString("0.00", CultureInfo.InvariantCulture))} {E(i.Currency)}</td><td>{E(i.Status)}</td></tr>"));
        return $"<section id=\"billing\"><h2>Payment method</h2>{method}</section><section id=\"invoices\"><h2>Invoices</h2><table><tr><th>Invoice</th><th>Date</th><th>Amount</th><th>Status</th></tr>{invoices}</table></section>";
    }

    /// <summary>How to see the domain in the sandbox's DNS server, as the bot sees it.</summary>
    private static string DnsSection(Zone z, SandboxServers servers)
    {
        var dig = $"dig @{servers.Host} -p {servers.DnsPort.ToString(CultureInfo.InvariantCulture)}";
        var lines = new List<string> { $"{dig} {z.Name} NS", $"{dig} {z.Name} NS +norecurse" };
        lines.AddRange(z.ProxiedHostnames.Select(h => $"{dig} {h} CNAME"));
        return $"<section id=\"dns\"><h2>In DNS</h2><p class=\"muted\">The sandbox's DNS server answers as the registry (+norecurse) and as a resolver:</p><pre>{E(string.Join("\n", lines))}</pre></section>";
    }

    private static string ZonePage(Zone z)
    {
        var removed = z.Status == "deleted";
        var khulnasoftNs = z.RegistrarNameServers.Intersect(z.NameServers, StringComparer.OrdinalIgnoreCase).Any();
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<section><p>Account: <a href=\"/sandbox/dash/accounts/{U(z.Account.Id)}\">{E(z.Account.Name)}</a> · setup: {E(z.Type)} · status: {E(z.Status)}</p></section>")
            .Append("<section id=\"remove\"><h2>Remove domain from Khulnasoft</h2><p>")
            .Append(Status(removed, "Removed from Khulnasoft", "Still on Khulnasoft")).Append("</p>")
            .Append(removed ? "" : Button($"/sandbox/dash/zones/{U(z.Id)}/remove", "Remove domain")).Append("</section>");
        if (z.Type == "full")
        {
            body.Append("<section id=\"nameservers\"><h2>Nameservers at your registrar</h2>")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Registrar: {E(z.OriginalRegistrar)}. Currently delegated to: {E(string.Join(", ", z.RegistrarNameServers))}</p><p>")
                .Append(Status(!khulnasoftNs, "Khulnasoft nameservers removed", "Still pointing to Khulnasoft")).Append("</p>")
                .Append(khulnasoftNs ? Button($"/sandbox/dash/zones/{U(z.Id)}/nameservers-changed", "I changed the nameservers at my registrar") : "")
                .Append("</section>");
        }
        else
        {
            body.Append("<section id=\"dns-records\"><h2>DNS records (CNAME setup)</h2><p>")
                .Append(Status(z.DnsRecordsMoved == true, "DNS records point to your origin", "DNS records still point to Khulnasoft")).Append("</p>")
                .Append(z.DnsRecordsMoved == true ? "" : Button($"/sandbox/dash/zones/{U(z.Id)}/dns-records-moved", "I moved my DNS records"))
                .Append("</section>");
        }

        return body.ToString();
    }
}
