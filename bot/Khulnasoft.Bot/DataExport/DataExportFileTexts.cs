using System.Globalization;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.DataExport;

/// <summary>What the copy of one's data says inside the zip, in the language of the turn or link that built it
/// (<c>DataExportFileTexts.resx</c> and its siblings): README.txt and the line that describes each file.</summary>
public static class DataExportFileTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(DataExportFileTexts));

    public static string Title => L["Title"];

    public static string Exported(DateTimeOffset at) => L["Exported", at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)];

    public static string User(string email, string id) => L["User", email, id];

    public static string About => L["About"];

    public static string FilesHeading => L["FilesHeading"];

    public static string ThisFile => L["ThisFile"];

    public static string Profile => L["Profile"];

    public static string Memberships => L["Memberships"];

    public static string Account(string name) => L["Account", name];

    public static string Members(int count, string account) => L["Members", Count(count), account];

    public static string Zones(int count, string account) => L["Zones", Count(count), account];

    public static string Subscriptions(string account) => L["Subscriptions", account];

    public static string RegistrarDomains(string account) => L["RegistrarDomains", account];

    public static string Billing => L["Billing"];

    public static string Invoices(int count, string account) => L["Invoices", Count(count), account];

    /// <summary>"invoice INV-1 of 7 Dec 2026 as PDF", the date in the current culture.</summary>
    public static string InvoicePdf(string number, DateOnly date) =>
        L["InvoicePdf", number, date.ToString(L["InvoiceDateFormat"], CultureInfo.CurrentCulture)];

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
