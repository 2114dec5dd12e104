using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// Sends a user's invoices the way the channel supports (see <see cref="IInvoiceDelivery"/>): PDF attachments with
/// signed links outside Teams, FileConsentCards in a Teams personal chat, signed links only in a Teams group chat
/// or channel. Every fact comes live from the account API; nothing is cached between turns. Also the
/// <see cref="IFileConsentHandler"/> of invoice offers.
/// </summary>
public sealed class InvoiceDelivery(
    KhulnasoftApiClient api,
    InvoiceSigner signer,
    InvoiceLinks links,
    TeamsConsentUpload upload,
    IOptions<InvoiceOptions> options,
    ILogger<InvoiceDelivery> logger) : FileConsentHandler<InvoiceConsentContext>, IInvoiceDelivery
{
    public const string PdfContentType = "application/pdf";

    private readonly TimeSpan _linkLifetime = options.Value.LinkLifetime;

    public async Task<InvoiceDeliveryResult> SendAsync(ITurnContext turnContext, string userId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(accountIds);

        var accounts = accountIds.Distinct(StringComparer.Ordinal).ToList();
        if (accounts.Count > 0)
        {
            await EnsureTheUsersAccountsAsync(userId, accounts, cancellationToken).ConfigureAwait(false);
        }

        var invoices = new List<AccountInvoice>();
        foreach (var accountId in accounts)
        {
            var ofAccount = await api.GetInvoicesAsync(accountId, cancellationToken).ConfigureAwait(false);
            invoices.AddRange(ofAccount.Select(i => new AccountInvoice(accountId, i)));
        }

        if (invoices.Count == 0)
        {
            await turnContext.SendActivityAsync(InvoiceMessages.NoInvoices, cancellationToken: cancellationToken).ConfigureAwait(false);
            InvoicesLog.InvoicesOffered(logger, 0, InvoiceDeliveryMode.None, turnContext.Activity.ChannelId);
            return new InvoiceDeliveryResult(0, InvoiceDeliveryMode.None);
        }

        var mode = ModeFor(turnContext.Activity);
        switch (mode)
        {
            case InvoiceDeliveryMode.FileConsent:
                await OfferFilesAsync(turnContext, userId, invoices, cancellationToken).ConfigureAwait(false);
                break;
            case InvoiceDeliveryMode.Links:
                await SendLinksAsync(turnContext, invoices, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await SendAttachmentsAsync(turnContext, invoices, cancellationToken).ConfigureAwait(false);
                break;
        }

        InvoicesLog.InvoicesOffered(logger, invoices.Count, mode, turnContext.Activity.ChannelId);
        return new InvoiceDeliveryResult(invoices.Count, mode);
    }

    protected override string DeclinedText => InvoiceMessages.ConsentDeclined;

    protected override string RefusedText => InvoiceMessages.ConsentRefused;

    protected override InvoiceConsentContext? ReadContext(JsonNode? context) => InvoiceConsentContext.Read(context);

    protected override bool IsProofFor(InvoiceConsentContext context, string conversationId, string teamsUserId) =>
        signer.IsValidConsentProof(context.Proof, conversationId, teamsUserId, context.UserId, context.AccountId, context.InvoiceId);

    protected override void LogAnswered(InvoiceConsentContext context, string action) =>
        InvoicesLog.ConsentAnswered(logger, action, context.InvoiceId, context.AccountId);

    protected override void LogRefused(InvoiceConsentContext context, string reason) =>
        InvoicesLog.ConsentRefused(logger, context.InvoiceId, context.AccountId, reason);

    protected override void LogMalformed() => InvoicesLog.ConsentMalformed(logger);

    protected override async Task<InvokeResponse> AcceptAsync(ITurnContext turnContext, InvoiceConsentContext context, FileUploadInfo uploadInfo, CancellationToken cancellationToken)
    {
        InvoicePdf pdf;
        try
        {
            // The offer may be days old: the user must still be a member of the account now.
            var memberships = await api.GetMembershipsAsync(context.UserId, cancellationToken).ConfigureAwait(false);
            if (!memberships.Any(m => string.Equals(m.Account.Id, context.AccountId, StringComparison.Ordinal)))
            {
                return await RefuseAsync(turnContext, context, "the user is no longer a member of the account", cancellationToken).ConfigureAwait(false);
            }

            pdf = await api.GetInvoicePdfAsync(context.AccountId, context.InvoiceId, cancellationToken).ConfigureAwait(false);
        }
        catch (AccountNotFoundException)
        {
            await turnContext.SendActivityAsync(InvoiceMessages.ConsentInvoiceGone, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new InvokeResponse(200);
        }
        catch (AccountApiUnavailableException)
        {
            await turnContext.SendActivityAsync(InvoiceMessages.ConsentApiUnavailable, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new InvokeResponse(200);
        }

        var fileName = string.IsNullOrWhiteSpace(uploadInfo.Name) ? InvoiceFileName.FromApiFileName(pdf.FileName, context.InvoiceId) : uploadInfo.Name;
        if (await upload.UploadAndShowAsync(turnContext, uploadInfo, pdf.Content, InvoiceMessages.Uploaded(fileName), InvoiceMessages.UploadFailed(fileName), cancellationToken).ConfigureAwait(false))
        {
            InvoicesLog.InvoiceUploaded(logger, context.InvoiceId, context.AccountId, pdf.Content.Length);
        }

        return new InvokeResponse(200);
    }

    /// <summary>Teams personal chat: file consent; any other Teams conversation: links; every other channel: attachments.</summary>
    public static InvoiceDeliveryMode ModeFor(Activity activity) => FileDeliveryModes.For(activity) switch
    {
        FileDeliveryMode.FileConsent => InvoiceDeliveryMode.FileConsent,
        FileDeliveryMode.Links => InvoiceDeliveryMode.Links,
        _ => InvoiceDeliveryMode.Attachments,
    };

    private async Task EnsureTheUsersAccountsAsync(string userId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken)
    {
        var memberships = await api.GetMembershipsAsync(userId, cancellationToken).ConfigureAwait(false);
        foreach (var accountId in accountIds)
        {
            if (!memberships.Any(m => string.Equals(m.Account.Id, accountId, StringComparison.Ordinal)))
            {
                InvoicesLog.AccountNotTheUsers(logger, accountId);
                throw new InvalidOperationException("Invoices were requested for an account the user is not a member of.");
            }
        }
    }

    private async Task SendAttachmentsAsync(ITurnContext turnContext, List<AccountInvoice> invoices, CancellationToken cancellationToken)
    {
        var message = Activity.CreateMessageActivity(InvoiceMessages.AttachmentsIntro([.. invoices.Select(i => i.Invoice)], _linkLifetime));
        message.TextFormat = TextFormatTypes.Markdown;
        message.Attachments =
        [
            .. invoices.Select(i => new Attachment
            {
                ContentType = PdfContentType,
                Name = InvoiceFileName.For(i.Invoice.Number),
                ContentUrl = links.For(i.AccountId, i.Invoice.Id).AbsoluteUri,
            }),
        ];
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendLinksAsync(ITurnContext turnContext, List<AccountInvoice> invoices, CancellationToken cancellationToken)
    {
        var message = Activity.CreateMessageActivity(InvoiceMessages.GroupLinks([.. invoices.Select(i => (i.Invoice, links.For(i.AccountId, i.Invoice.Id)))], _linkLifetime));
        message.TextFormat = TextFormatTypes.Markdown;
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private async Task OfferFilesAsync(ITurnContext turnContext, string userId, List<AccountInvoice> invoices, CancellationToken cancellationToken)
    {
        var (conversationId, teamsUserId) = OfferTarget(turnContext.Activity);
        var intro = Activity.CreateMessageActivity(InvoiceMessages.ConsentIntro([.. invoices.Select(i => i.Invoice)]));
        intro.TextFormat = TextFormatTypes.Markdown;
        var messages = new List<Activity> { intro };
        foreach (var (accountId, invoice) in invoices)
        {
            // The consent card must state the exact size, so the PDF is fetched now (and again on accept).
            var pdf = await api.GetInvoicePdfAsync(accountId, invoice.Id, cancellationToken).ConfigureAwait(false);
            var proof = signer.CreateConsentProof(conversationId, teamsUserId, userId, accountId, invoice.Id);
            var card = Activity.CreateMessageActivity();
            card.Attachments =
            [
                TeamsFileCards.Consent(
                    InvoiceFileName.For(invoice.Number),
                    InvoiceMessages.ConsentDescription(invoice),
                    pdf.Content.Length,
                    new InvoiceConsentContext(userId, accountId, invoice.Id, proof).ToJson()),
            ];
            messages.Add(card);
        }

        await turnContext.SendActivitiesAsync(messages, cancellationToken).ConfigureAwait(false);
    }

    private sealed record AccountInvoice(string AccountId, Invoice Invoice);
}
