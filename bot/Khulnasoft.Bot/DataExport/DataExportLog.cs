using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// Log events of the data export (49xx). Method names are event names: renaming one breaks dashboards. User and
/// export ids are opaque and logged; tokens, upload URLs, names, emails and file contents never are.
/// </summary>
internal static partial class DataExportLog
{
    [LoggerMessage(EventId = 4900, Level = LogLevel.Information, Message = "Data export {ExportId} offered as {Mode} on {ChannelId}: {FileCount} files, {SizeInBytes} bytes")]
    public static partial void Offered(ILogger logger, string exportId, FileDeliveryMode mode, string? channelId, int fileCount, int sizeInBytes);

    [LoggerMessage(EventId = 4901, Level = LogLevel.Warning, Message = "Data export for user {UserId} failed at {Step}: {Reason}")]
    public static partial void Failed(ILogger logger, string userId, string step, string reason);

    [LoggerMessage(EventId = 4902, Level = LogLevel.Warning, Message = "Data export for user {UserId} is larger than {LimitBytes} bytes")]
    public static partial void TooLarge(ILogger logger, string userId, int limitBytes);

    [LoggerMessage(EventId = 4903, Level = LogLevel.Information, Message = "Data export link {Status} for export {ExportId}")]
    public static partial void LinkUsed(ILogger logger, SignedLinkStatus status, string? exportId);

    [LoggerMessage(EventId = 4904, Level = LogLevel.Information, Message = "Data export {ExportId} downloaded ({SizeInBytes} bytes)")]
    public static partial void Downloaded(ILogger logger, string exportId, int sizeInBytes);

    [LoggerMessage(EventId = 4905, Level = LogLevel.Information, Message = "File consent {Action} for data export {ExportId}")]
    public static partial void ConsentAnswered(ILogger logger, string action, string exportId);

    [LoggerMessage(EventId = 4906, Level = LogLevel.Warning, Message = "File consent refused for data export {ExportId}: {Reason}")]
    public static partial void ConsentRefused(ILogger logger, string exportId, string reason);

    [LoggerMessage(EventId = 4907, Level = LogLevel.Warning, Message = "Data export file consent with an unreadable context or action")]
    public static partial void ConsentMalformed(ILogger logger);

    [LoggerMessage(EventId = 4908, Level = LogLevel.Information, Message = "Data export {ExportId} uploaded to the user's OneDrive ({SizeInBytes} bytes)")]
    public static partial void Uploaded(ILogger logger, string exportId, int sizeInBytes);
}
