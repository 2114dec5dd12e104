using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// The files of the zip, in order: <c>profile.json</c>, <c>memberships.json</c> and, per owned account,
/// <c>accounts/{account id}/</c> with <c>account.json</c>, <c>members.json</c>, <c>zones.json</c> (each zone with its
/// <c>dns_records</c>), <c>subscriptions.json</c>, <c>registrar-domains.json</c>, <c>billing.json</c>,
/// <c>invoices.json</c> and <c>invoices/{number}.pdf</c>. JSON is the account API's own shape (snake_case), indented.
/// </summary>
public static class DataExportContents
{
    private static readonly JsonSerializerOptions Json = new(AccountApiJson.Options) { WriteIndented = true };

    public static IReadOnlyList<ExportFile> For(ExportedUser user, DataExportReader reader)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(reader);
        var files = new List<ExportFile>
        {
            JsonFile("profile.json", DataExportFileTexts.Profile, user.Profile),
            JsonFile("memberships.json", DataExportFileTexts.Memberships, user.Memberships),
        };
        foreach (var owned in user.OwnedAccounts)
        {
            var account = owned.Account;
            var folder = $"accounts/{SafeFileName.Of(account.Id)}/";
            files.Add(JsonFile(folder + "account.json", DataExportFileTexts.Account(account.Name), account));
            files.Add(JsonFile(folder + "members.json", DataExportFileTexts.Members(owned.Members.Count, account.Name), owned.Members));
            files.Add(new ExportFile(folder + "zones.json", DataExportFileTexts.Zones(owned.Zones.Count, account.Name), _ => Task.FromResult(ZonesJson(owned.Zones))));
            files.Add(JsonFile(folder + "subscriptions.json", DataExportFileTexts.Subscriptions(account.Name), owned.Subscriptions));
            files.Add(JsonFile(folder + "registrar-domains.json", DataExportFileTexts.RegistrarDomains(account.Name), owned.RegistrarDomains));
            files.Add(JsonFile(folder + "billing.json", DataExportFileTexts.Billing, owned.Billing));
            files.Add(JsonFile(folder + "invoices.json", DataExportFileTexts.Invoices(owned.Invoices.Count, account.Name), owned.Invoices));
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var invoice in owned.Invoices)
            {
                var name = SafeFileName.Of(invoice.Number);
                var path = $"{folder}invoices/{(used.Add(name) ? name : $"{name}-{SafeFileName.Of(invoice.Id)}")}.pdf";
                var (accountId, invoiceId) = (account.Id, invoice.Id);
                files.Add(new ExportFile(
                    path,
                    DataExportFileTexts.InvoicePdf(invoice.Number, invoice.Date),
                    async ct => (await reader.ReadInvoicePdfAsync(accountId, invoiceId, ct).ConfigureAwait(false)).Content));
            }
        }

        return files;
    }

    private static ExportFile JsonFile<T>(string path, string description, T value)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        return new ExportFile(path, description, _ => Task.FromResult(bytes));
    }

    private static byte[] ZonesJson(IReadOnlyList<ExportedZone> zones)
    {
        var array = new JsonArray();
        foreach (var zone in zones)
        {
            var node = JsonSerializer.SerializeToNode(zone.Zone, AccountApiJson.Options)!.AsObject();
            node["dns_records"] = JsonSerializer.SerializeToNode(zone.DnsRecords, AccountApiJson.Options);
            array.Add(node);
        }

        return JsonSerializer.SerializeToUtf8Bytes(array, Json);
    }
}
