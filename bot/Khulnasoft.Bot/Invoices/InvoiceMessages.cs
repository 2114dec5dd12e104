using System.Globalization;
using System.Text;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Invoices;

/// <summary>What invoice delivery says to the user. Kept short; never includes more than the invoice's own facts.</summary>
public static class InvoiceMessages
{
    public static string NoInvoices => L["NoInvoices"];

    public static string GroupNote => L["GroupNote"];

    public static string LinkExpired => L["LinkExpired"];

    public static string LinkInvalid => L["LinkInvalid"];

    public static string InvoiceGone => L["InvoiceGone"];

    public static string ApiUnavailable => L["ApiUnavailable"];

    public static string ConsentDeclined => L["ConsentDeclined"];

    public static string ConsentRefused => L["ConsentRefused"];

    public static string ConsentApiUnavailable => L["ConsentApiUnavailable"];

    public static string ConsentInvoiceGone => L["ConsentInvoiceGone"];

    private static readonly IStringLocalizer L = Localized.For(typeof(InvoiceMessages));

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>The upload to OneDrive failed; Teams shows nothing itself, so the bot says it.</summary>
    public static string UploadFailed(string fileName) =>
        L["UploadFailed", fileName];

    public static string Uploaded(string fileName) => L["Uploaded", fileName];

    /// <summary>Web Chat and other channels: the list above the PDF attachments.</summary>
    public static string AttachmentsIntro(IReadOnlyList<Invoice> invoices, TimeSpan linkLifetime) =>
        List(L["AttachmentsIntro", AreYour(invoices.Count), Lifetime(linkLifetime)], invoices);

    /// <summary>Teams personal chat: the list above the consent cards.</summary>
    public static string ConsentIntro(IReadOnlyList<Invoice> invoices) =>
        List(L["ConsentIntro", AreYour(invoices.Count)], invoices);

    /// <summary>Teams group chat or channel: links named by invoice number only.</summary>
    public static string GroupLinks(IReadOnlyList<(Invoice Invoice, Uri Url)> links, TimeSpan linkLifetime)
    {
        var text = new StringBuilder(GroupNote).Append(L["GroupLinksLifetime", Lifetime(linkLifetime)]).Append("\n\n");
        foreach (var (invoice, url) in links)
        {
            text.Append(Culture, $"- [{L["GroupLinkName", invoice.Number]}]({url})\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>The description on a Teams file consent card.</summary>
    public static string ConsentDescription(Invoice invoice) =>
        L["ConsentDescription", invoice.Number, Date(invoice.Date)];

    public static string Line(Invoice invoice) =>
        $"{invoice.Number} · {Date(invoice.Date)} · {invoice.Amount.ToString("0.00", Culture)} {invoice.Currency} · {invoice.Status}";

    private static string List(string heading, IReadOnlyList<Invoice> invoices)
    {
        var text = new StringBuilder(heading).Append("\n\n");
        foreach (var invoice in invoices)
        {
            text.Append("- ").Append(Line(invoice)).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string AreYour(int count) => count == 1 ? L["IsYourInvoice"] : L["AreYourInvoices", count];

    private static string Date(DateOnly date) => date.ToString(L["DateFormat"], Culture);

    private static string Lifetime(TimeSpan lifetime) => FileWording.Lifetime(lifetime);
}
