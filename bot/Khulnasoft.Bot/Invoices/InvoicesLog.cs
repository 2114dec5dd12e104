using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// Log events of invoice delivery (46xx). Method names are event names: renaming one breaks dashboards. Ids of
/// accounts and invoices are opaque and logged; tokens, upload URLs, names and amounts never are. The upload events
/// (4606–4609) and the public base warning (4612) moved to FileDelivery with their ids.
/// </summary>
internal static partial class InvoicesLog
{
    [LoggerMessage(EventId = 4600, Level = LogLevel.Information, Message = "Invoices offered: {InvoiceCount} as {Mode} on {ChannelId}")]
    public static partial void InvoicesOffered(ILogger logger, int invoiceCount, InvoiceDeliveryMode mode, string? channelId);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Warning, Message = "Invoice delivery refused: account {AccountId} is not one of the user's accounts")]
    public static partial void AccountNotTheUsers(ILogger logger, string accountId);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Information, Message = "File consent {Action} for invoice {InvoiceId} of account {AccountId}")]
    public static partial void ConsentAnswered(ILogger logger, string action, string invoiceId, string accountId);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Warning, Message = "File consent refused for invoice {InvoiceId} of account {AccountId}: {Reason}")]
    public static partial void ConsentRefused(ILogger logger, string invoiceId, string accountId, string reason);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Warning, Message = "File consent with an unreadable context or action")]
    public static partial void ConsentMalformed(ILogger logger);

    [LoggerMessage(EventId = 4605, Level = LogLevel.Information, Message = "Invoice {InvoiceId} of account {AccountId} uploaded to the user's OneDrive ({SizeInBytes} bytes)")]
    public static partial void InvoiceUploaded(ILogger logger, string invoiceId, string accountId, int sizeInBytes);

    [LoggerMessage(EventId = 4610, Level = LogLevel.Information, Message = "Invoice link {Status} for invoice {InvoiceId}")]
    public static partial void LinkUsed(ILogger logger, SignedLinkStatus status, string? invoiceId);

    [LoggerMessage(EventId = 4611, Level = LogLevel.Warning, Message = "Invoice link could not be served: the account API answered {Reason}")]
    public static partial void LinkApiFailed(ILogger logger, string reason);
}
