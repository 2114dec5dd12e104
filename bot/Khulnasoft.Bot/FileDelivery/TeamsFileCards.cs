using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>The two Teams file attachments (protocol doc §5.5): the consent card that asks, and the info card that shows the uploaded file.</summary>
public static class TeamsFileCards
{
    public const string FileConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string FileInfoContentType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>Asks to upload <paramref name="fileName"/>; accept and decline carry the same ids-only context.</summary>
    public static Attachment Consent(string fileName, string description, long sizeInBytes, JsonObject context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Attachment
        {
            ContentType = FileConsentContentType,
            Name = fileName,
            Content = new JsonObject
            {
                ["description"] = description,
                ["sizeInBytes"] = sizeInBytes,
                ["acceptContext"] = context.DeepClone(),
                ["declineContext"] = context.DeepClone(),
            },
        };
    }

    /// <summary>Shows the uploaded file, from what Teams answered in the consent's <c>uploadInfo</c>.</summary>
    public static Attachment Info(FileUploadInfo uploadInfo)
    {
        ArgumentNullException.ThrowIfNull(uploadInfo);
        return new Attachment
        {
            ContentType = FileInfoContentType,
            ContentUrl = uploadInfo.ContentUrl,
            Name = uploadInfo.Name,
            Content = new JsonObject
            {
                ["uniqueId"] = uploadInfo.UniqueId,
                ["fileType"] = uploadInfo.FileType,
            },
        };
    }
}
