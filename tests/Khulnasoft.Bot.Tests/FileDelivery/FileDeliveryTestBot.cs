using System.Text.Json.Nodes;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Tests.FileDelivery;

/// <summary>
/// Stands in for the conversation's activity handler where it calls file deliveries: a message whose value is
/// <c>{"sendInvoices":{"userId":…,"accountIds":[…]}}</c> runs <see cref="IInvoiceDelivery.SendAsync"/>, one whose value
/// is <c>{"sendDataExport":{"userId":…}}</c> runs <see cref="IDataExportDelivery.SendAsync"/> (results recorded per
/// conversation), and a <c>fileConsent/invoke</c> goes through the runtime's invoke dispatch to
/// <see cref="FileConsents"/>, which hands it to the feature that made the offer; its answer becomes the HTTP response.
/// </summary>
public sealed class FileDeliveryTestBot(IInvoiceDelivery invoices, IDataExportDelivery exports, FileConsents consents, DeliveryResults results) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversationId = turnContext.Activity.Conversation!.Id!;
        if (turnContext.Activity.Value?["sendDataExport"] is JsonObject export)
        {
            results.ExportsByConversation[conversationId] = await exports.SendAsync(turnContext, export["userId"]!.GetValue<string>(), cancellationToken);
            return;
        }

        var request = turnContext.Activity.Value?["sendInvoices"] as JsonObject
            ?? throw new InvalidOperationException("The test bot only sends invoices and data exports.");
        var userId = request["userId"]!.GetValue<string>();
        var accountIds = request["accountIds"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();

        var result = await invoices.SendAsync(turnContext, userId, accountIds, cancellationToken);

        results.ByConversation[conversationId] = result;
    }

    protected override Task<InvokeResponse> OnFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken) =>
        consents.OnFileConsentAsync(turnContext, response, cancellationToken);
}
