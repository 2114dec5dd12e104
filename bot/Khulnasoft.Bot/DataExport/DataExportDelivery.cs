using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// Offers a user the copy of their data (see <see cref="IDataExportDelivery"/>) and answers the Teams file consent of
/// that offer (<see cref="IFileConsentHandler"/>). The zip is built from the account API at offer time (to check it
/// can be made and to state its size) and again, fresh, when it is downloaded or uploaded; it is never stored.
/// </summary>
public sealed class DataExportDelivery(
    DataExportBuilder builder,
    DataExportSigner signer,
    DataExportLinks links,
    TeamsConsentUpload upload,
    DataExportAudit audit,
    IOptions<DataExportOptions> options,
    ILogger<DataExportDelivery> logger) : FileConsentHandler<DataExportConsentContext>, IDataExportDelivery
{
    public const string ZipContentType = "application/zip";

    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    private readonly TimeSpan _linkLifetime = options.Value.LinkLifetime;

    public async Task<DataExportResult> SendAsync(ITurnContext turnContext, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var (archive, failure) = await TryBuildAsync(turnContext, userId, null, cancellationToken).ConfigureAwait(false);
        if (archive is null)
        {
            return new DataExportResult(failure);
        }

        var exportId = "exp_" + RandomNumberGenerator.GetString(IdAlphabet, 16);
        var mode = FileDeliveryModes.For(turnContext.Activity);
        switch (mode)
        {
            case FileDeliveryMode.FileConsent:
                await OfferFileAsync(turnContext, userId, exportId, archive, cancellationToken).ConfigureAwait(false);
                break;
            case FileDeliveryMode.Links:
                var text = Activity.CreateMessageActivity(DataExportMessages.GroupLink(links.For(userId, exportId), _linkLifetime));
                text.TextFormat = TextFormatTypes.Markdown;
                await turnContext.SendActivityAsync(text, cancellationToken).ConfigureAwait(false);
                break;
            default:
                var message = Activity.CreateMessageActivity(DataExportMessages.AttachmentIntro(archive, _linkLifetime));
                message.Attachments = [new Attachment { ContentType = ZipContentType, Name = archive.FileName, ContentUrl = links.For(userId, exportId).AbsoluteUri }];
                await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
                break;
        }

        DataExportLog.Offered(logger, exportId, mode, turnContext.Activity.ChannelId, archive.Entries.Count, archive.Content.Length);
        await audit.RecordAsync(userId, DataExportAudit.Offered, Details(exportId, archive, ("mode", mode.ToString())), cancellationToken).ConfigureAwait(false);
        return new DataExportResult(DataExportOutcome.Offered, mode, exportId);
    }

    protected override string DeclinedText => DataExportMessages.ConsentDeclined;

    protected override string RefusedText => DataExportMessages.ConsentRefused;

    protected override DataExportConsentContext? ReadContext(JsonNode? context) => DataExportConsentContext.Read(context);

    protected override bool IsProofFor(DataExportConsentContext context, string conversationId, string teamsUserId) =>
        signer.IsValidConsentProof(context.Proof, conversationId, teamsUserId, context.UserId, context.ExportId);

    protected override void LogAnswered(DataExportConsentContext context, string action) => DataExportLog.ConsentAnswered(logger, action, context.ExportId);

    protected override void LogRefused(DataExportConsentContext context, string reason) => DataExportLog.ConsentRefused(logger, context.ExportId, reason);

    protected override void LogMalformed() => DataExportLog.ConsentMalformed(logger);

    protected override async Task<InvokeResponse> AcceptAsync(ITurnContext turnContext, DataExportConsentContext context, FileUploadInfo uploadInfo, CancellationToken cancellationToken)
    {
        var (archive, _) = await TryBuildAsync(turnContext, context.UserId, context.ExportId, cancellationToken).ConfigureAwait(false);
        if (archive is null)
        {
            return new InvokeResponse(200);
        }

        var fileName = string.IsNullOrWhiteSpace(uploadInfo.Name) ? archive.FileName : uploadInfo.Name;
        if (await upload.UploadAndShowAsync(turnContext, uploadInfo, archive.Content, DataExportMessages.Uploaded(fileName), DataExportMessages.UploadFailed(fileName), cancellationToken).ConfigureAwait(false))
        {
            DataExportLog.Uploaded(logger, context.ExportId, archive.Content.Length);
            await audit.RecordAsync(context.UserId, DataExportAudit.Uploaded, Details(context.ExportId, archive), cancellationToken).ConfigureAwait(false);
        }

        return new InvokeResponse(200);
    }

    /// <summary>Ids and counts only, for the audit.</summary>
    internal static Dictionary<string, string> Details(string exportId, DataExportArchive archive, params (string Key, string Value)[] more)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["exportId"] = exportId,
            ["accounts"] = archive.OwnedAccountCount.ToString(CultureInfo.InvariantCulture),
            ["files"] = archive.Entries.Count.ToString(CultureInfo.InvariantCulture),
            ["bytes"] = archive.Content.Length.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in more)
        {
            details[key] = value;
        }

        return details;
    }

    /// <summary>Builds the archive, or tells the user why it can't be made (and audits that) and returns null.</summary>
    private async Task<(DataExportArchive? Archive, DataExportOutcome Failure)> TryBuildAsync(
        ITurnContext turnContext, string userId, string? exportId, CancellationToken cancellationToken)
    {
        DataExportOutcome outcome;
        string reason;
        string message;
        try
        {
            return (await builder.BuildAsync(userId, cancellationToken).ConfigureAwait(false), DataExportOutcome.Offered);
        }
        catch (DataExportFailedException e)
        {
            DataExportLog.Failed(logger, userId, e.Step, e.Reason);
            (outcome, reason, message) = e.UserGone
                ? (DataExportOutcome.UserGone, e.Reason, DataExportMessages.UserGone)
                : (DataExportOutcome.ApiFailed, e.Reason, DataExportMessages.ApiFailed);
        }
        catch (DataExportTooLargeException e)
        {
            DataExportLog.TooLarge(logger, userId, e.LimitBytes);
            (outcome, reason, message) = (DataExportOutcome.TooLarge, "too_large", DataExportMessages.TooLarge(e.LimitBytes));
        }

        await turnContext.SendActivityAsync(message, cancellationToken: cancellationToken).ConfigureAwait(false);
        var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["reason"] = reason };
        if (exportId is not null)
        {
            details["exportId"] = exportId;
        }

        await audit.RecordAsync(userId, DataExportAudit.Failed, details, cancellationToken).ConfigureAwait(false);
        return (null, outcome);
    }

    private async Task OfferFileAsync(ITurnContext turnContext, string userId, string exportId, DataExportArchive archive, CancellationToken cancellationToken)
    {
        var (conversationId, teamsUserId) = OfferTarget(turnContext.Activity);
        var proof = signer.CreateConsentProof(conversationId, teamsUserId, userId, exportId);
        var intro = Activity.CreateMessageActivity(DataExportMessages.ConsentIntro(archive));
        var card = Activity.CreateMessageActivity();
        card.Attachments =
        [
            TeamsFileCards.Consent(archive.FileName, DataExportMessages.ConsentDescription(archive), archive.Content.Length,
                new DataExportConsentContext(userId, exportId, proof).ToJson()),
        ];
        await turnContext.SendActivitiesAsync([intro, card], cancellationToken).ConfigureAwait(false);
    }
}
