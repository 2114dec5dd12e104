using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// Routes a Teams <c>fileConsent/invoke</c> to the feature whose offer it answers (invoices, the data export), told
/// apart by the context each feature put on its consent card. A context that is nobody's is a 400, as the SDK
/// answers an invoke it cannot read.
/// </summary>
public sealed class FileConsents(IEnumerable<IFileConsentHandler> handlers, ILogger<FileConsents> logger)
{
    public Task<InvokeResponse> OnFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(response);
        var handler = response.Context is JsonObject context ? handlers.FirstOrDefault(h => h.Owns(context)) : null;
        if (handler is null)
        {
            FileDeliveryLog.ConsentNotOurs(logger);
            return Task.FromResult(Error(400, "BadRequest", "The file consent is not one this bot offered."));
        }

        return handler.OnFileConsentAsync(turnContext, response, cancellationToken);
    }

    /// <summary>An invoke answer with the error body the Bot Framework SDKs use.</summary>
    public static InvokeResponse Error(int status, string code, string message) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
}
