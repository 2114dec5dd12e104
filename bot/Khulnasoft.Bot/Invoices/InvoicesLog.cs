using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// Log events of invoice delivery (4400–4499, see docs/logging.md). Method names are event names: renaming one breaks dashboards. Ids of
/// accounts and invoices are opaque and logged; tokens, upload URLs, names and amounts never are. The upload events and the
/// public base warning are FileDelivery's.
/// </summary>
internal static partial class InvoicesLog
{
    [LoggerMessage(EventId = 4400, Level = LogLevel.Information, Message = "Invoices offered: {InvoiceCount} as {Mode} on {ChannelId}")]
    public static partial void InvoicesOffered(ILogger logger, int invoiceCount, InvoiceDeliveryMode mode, string? channelId);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Warning, Message = "Invoice delivery refused: account {AccountId} is not one of the user's accounts")]
    public static partial void AccountNotTheUsers(ILogger logger, string accountId);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Information, Message = "File consent {Action} for invoice {InvoiceId} of account {AccountId}")]
    public static partial void ConsentAnswered(ILogger logger, string action, string invoiceId, string accountId);

    [LoggerMessage(EventId = 4403, Level = LogLevel.Warning, Message = "File consent refused for invoice {InvoiceId} of account {AccountId}: {Reason}")]
    public static partial void ConsentRefused(ILogger logger, string invoiceId, string accountId, string reason);

    [LoggerMessage(EventId = 4404, Level = LogLevel.Warning, Message = "File consent with an unreadable context or action")]
    public static partial void ConsentMalformed(ILogger logger);

    [LoggerMessage(EventId = 4405, Level = LogLevel.Information, Message = "Invoice {InvoiceId} of account {AccountId} uploaded to the user's OneDrive ({SizeInBytes} bytes)")]
    public static partial void InvoiceUploaded(ILogger logger, string invoiceId, string accountId, int sizeInBytes);

    [LoggerMessage(EventId = 4410, Level = LogLevel.Information, Message = "Invoice link {Status} for invoice {InvoiceId}")]
    public static partial void LinkUsed(ILogger logger, SignedLinkStatus status, string? invoiceId);

    [LoggerMessage(EventId = 4411, Level = LogLevel.Warning, Message = "Invoice link could not be served: the account API answered {Reason}")]
    public static partial void LinkApiFailed(ILogger logger, string reason);
}
