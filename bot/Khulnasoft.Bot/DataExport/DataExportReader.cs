using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// Reads a user's data from the account API, call by call (docs/khulnasoft-api.md, "Exporting a user's data"): the
/// profile and memberships, then for each account the user is primary owner of its account, members, zones with
/// DNS records, subscriptions, registrar domains, billing profile and invoices. Any failed call ends the read with
/// <see cref="DataExportFailedException"/> naming the step by ids.
/// </summary>
public sealed class DataExportReader(KhulnasoftApiClient api)
{
    public async Task<ExportedUser> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var profile = await StepAsync("profile", () => api.GetUserAsync(userId, cancellationToken)).ConfigureAwait(false);
        var memberships = await StepAsync("memberships", () => api.GetMembershipsAsync(userId, cancellationToken)).ConfigureAwait(false);
        var owned = new List<ExportedAccount>();
        foreach (var accountId in memberships.Where(m => m.IsPrimaryOwner).Select(m => m.Account.Id).Distinct(StringComparer.Ordinal))
        {
            owned.Add(await ReadAccountAsync(accountId, cancellationToken).ConfigureAwait(false));
        }

        return new ExportedUser(profile, memberships, owned);
    }

    public Task<InvoicePdf> ReadInvoicePdfAsync(string accountId, string invoiceId, CancellationToken cancellationToken) =>
        StepAsync($"invoice pdf {invoiceId} of {accountId}", () => api.GetInvoicePdfAsync(accountId, invoiceId, cancellationToken));

    private async Task<ExportedAccount> ReadAccountAsync(string accountId, CancellationToken cancellationToken)
    {
        var account = await StepAsync($"account {accountId}", () => api.GetAccountAsync(accountId, cancellationToken)).ConfigureAwait(false);
        var members = await StepAsync($"members of {accountId}", () => api.GetAccountMembersAsync(accountId, cancellationToken)).ConfigureAwait(false);
        var zones = await StepAsync($"zones of {accountId}", () => api.GetZonesAsync(accountId, cancellationToken)).ConfigureAwait(false);
        var withRecords = new List<ExportedZone>();
        foreach (var zone in zones)
        {
            var records = await StepAsync($"dns records of {zone.Id}", () => api.GetDnsRecordsAsync(zone.Id, cancellationToken)).ConfigureAwait(false);
            withRecords.Add(new ExportedZone(zone, records));
        }

        var subscriptions = await StepAsync($"subscriptions of {accountId}", () => api.GetSubscriptionsAsync(accountId, cancellationToken)).ConfigureAwait(false);
        var domains = await StepAsync($"registrar domains of {accountId}", () => api.GetRegistrarDomainsAsync(accountId, cancellationToken)).ConfigureAwait(false);
        var billing = await StepAsync($"billing profile of {accountId}", () => api.GetBillingProfileAsync(accountId, cancellationToken)).ConfigureAwait(false);
        var invoices = await StepAsync($"invoices of {accountId}", () => api.GetInvoicesAsync(accountId, cancellationToken)).ConfigureAwait(false);
        return new ExportedAccount(account, members, withRecords, subscriptions, domains, billing, invoices);
    }

    private static async Task<T> StepAsync<T>(string step, Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (AccountApiException e)
        {
            throw new DataExportFailedException(step, e);
        }
    }
}
