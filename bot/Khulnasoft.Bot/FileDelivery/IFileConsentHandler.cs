using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>A feature that offers files with Teams file consent cards and answers the user's accept or decline.</summary>
public interface IFileConsentHandler
{
    /// <summary>Whether <paramref name="context"/> (the accept/decline context Teams echoes back) is one of this feature's offers.</summary>
    bool Owns(JsonObject context);

    /// <summary>Answers the <c>fileConsent/invoke</c>; the result is the invoke's HTTP answer.</summary>
    Task<InvokeResponse> OnFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken);
}
