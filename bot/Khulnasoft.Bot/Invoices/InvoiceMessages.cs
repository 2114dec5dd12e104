using System.Globalization;
using System.Text;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.Invoices;

/// <summary>What invoice delivery says to the user. Kept short; never includes more than the invoice's own facts.</summary>
public static class InvoiceMessages
{
    public const string NoInvoices = "There are no invoices on your account, so there is nothing to download.";

    public const string GroupNote = "I don't post account details in a group, so here are download links only.";

    public const string LinkExpired = "This invoice link has expired; ask the bot to send your invoices again.";

    public const string LinkInvalid = "This invoice link is not valid. Ask the bot to send your invoices again.";

    public const string InvoiceGone = "This invoice is no longer available.";

    public const string ApiUnavailable = "Invoices can't be fetched right now. Please try the link again in a minute.";

    public const string ConsentDeclined = "No problem, I won't upload that invoice. You can ask me to send your invoices again at any time.";

    public const string ConsentRefused = "I can't upload that file: it wasn't offered to you in this chat for your account. Ask me to send your invoices again.";

    public const string ConsentApiUnavailable = "I couldn't fetch that invoice just now. Please ask me to send your invoices again in a minute.";

    public const string ConsentInvoiceGone = "That invoice is no longer available, so I couldn't upload it.";

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>The upload to OneDrive failed; Teams shows nothing itself, so the bot says it.</summary>
    public static string UploadFailed(string fileName) =>
        $"I couldn't upload {fileName} to your OneDrive. Please ask me to send your invoices again; if it keeps failing, download them from the dashboard.";

    public static string Uploaded(string fileName) => $"Here is {fileName}; it is saved in your OneDrive.";

    /// <summary>Web Chat and other channels: the list above the PDF attachments.</summary>
    public static string AttachmentsIntro(IReadOnlyList<Invoice> invoices, TimeSpan linkLifetime) =>
        List($"Here {AreYour(invoices.Count)} as PDF files (the download links work for {Lifetime(linkLifetime)}):", invoices);

    /// <summary>Teams personal chat: the list above the consent cards.</summary>
    public static string ConsentIntro(IReadOnlyList<Invoice> invoices) =>
        List($"Here {AreYour(invoices.Count)}. For each one, choose Allow and I'll save the PDF to your OneDrive and share it here:", invoices);

    /// <summary>Teams group chat or channel: links named by invoice number only.</summary>
    public static string GroupLinks(IReadOnlyList<(Invoice Invoice, Uri Url)> links, TimeSpan linkLifetime)
    {
        var text = new StringBuilder(GroupNote).Append(Culture, $" They work for {Lifetime(linkLifetime)}:").Append("\n\n");
        foreach (var (invoice, url) in links)
        {
            text.Append(Culture, $"- [Invoice {invoice.Number}]({url})\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>The description on a Teams file consent card.</summary>
    public static string ConsentDescription(Invoice invoice) =>
        $"Khulnasoft invoice {invoice.Number} of {Date(invoice.Date)}";

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

    private static string AreYour(int count) => count == 1 ? "is your invoice" : $"are your {count} invoices";

    private static string Date(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    private static string Lifetime(TimeSpan lifetime) => FileWording.Lifetime(lifetime);
}
