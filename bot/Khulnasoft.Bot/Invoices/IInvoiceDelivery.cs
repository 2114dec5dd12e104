using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// Sends a user's invoices as PDF files the way the channel supports: Web Chat gets attachments with a signed,
/// expiring download URL served by the bot; a Teams personal chat gets the FileConsentCard flow; a Teams group chat
/// or channel gets signed links.
/// </summary>
public interface IInvoiceDelivery
{
    /// <summary>Sends every invoice of <paramref name="accountIds"/> into the turn's conversation.</summary>
    Task<InvoiceDeliveryResult> SendAsync(ITurnContext turnContext, string userId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken);

    /// <summary>Answers a Teams <c>fileConsent/invoke</c> (accept: upload then a file info card; decline: a note).</summary>
    Task<InvokeResponse> OnFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken);
}
