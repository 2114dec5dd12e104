using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// The end of an accepted file consent: PUT the file to the upload URL Teams gave, then post the file info card with
/// <c>uploadedText</c>; when the upload fails, say <c>failedText</c> (Teams shows nothing for a 200, and a non-200
/// would only show a generic error, so the bot says what happened and the invoke is answered 200 either way).
/// </summary>
public sealed class TeamsConsentUpload(TeamsFileUploader uploader)
{
    /// <returns>True when the file was uploaded and shown.</returns>
    public async Task<bool> UploadAndShowAsync(
        ITurnContext turnContext, FileUploadInfo uploadInfo, byte[] content, string uploadedText, string failedText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(uploadInfo);
        if (string.IsNullOrEmpty(uploadInfo.UploadUrl) || !await uploader.UploadAsync(uploadInfo.UploadUrl, content, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(failedText, cancellationToken: cancellationToken).ConfigureAwait(false);
            return false;
        }

        var done = Activity.CreateMessageActivity(uploadedText);
        done.Attachments = [TeamsFileCards.Info(uploadInfo)];
        await turnContext.SendActivityAsync(done, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
