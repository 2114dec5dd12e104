using System.Text.Json.Nodes;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Tests.Invoices;

/// <summary>
/// Stands in for the conversation's activity handler where it calls invoice delivery: a message whose value is
/// <c>{"sendInvoices":{"userId":…,"accountIds":[…]}}</c> runs <see cref="IInvoiceDelivery.SendAsync"/> (the result is
/// recorded per conversation), and a <c>fileConsent/invoke</c> goes through the runtime's invoke dispatch to
/// <see cref="FileConsents"/>, which hands invoice offers to <see cref="IInvoiceDelivery.OnFileConsentAsync"/>; its
/// answer becomes the HTTP response.
/// </summary>
public sealed class InvoiceTestBot(IInvoiceDelivery delivery, FileConsents consents, DeliveryResults results) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var request = turnContext.Activity.Value?["sendInvoices"] as JsonObject
            ?? throw new InvalidOperationException("The test bot only sends invoices.");
        var userId = request["userId"]!.GetValue<string>();
        var accountIds = request["accountIds"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();

        var result = await delivery.SendAsync(turnContext, userId, accountIds, cancellationToken);

        results.ByConversation[turnContext.Activity.Conversation!.Id!] = result;
    }

    protected override Task<InvokeResponse> OnFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken) =>
        consents.OnFileConsentAsync(turnContext, response, cancellationToken);
}
