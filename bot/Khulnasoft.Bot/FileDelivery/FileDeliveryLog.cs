namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// Log events of file delivery (4800–4899, see docs/logging.md). Method names are event names: renaming one breaks
/// dashboards. Upload URLs and tokens are never logged.
/// </summary>
internal static partial class FileDeliveryLog
{
    [LoggerMessage(EventId = 4801, Level = LogLevel.Warning, Message = "Upload of a file to OneDrive answered {StatusCode}")]
    public static partial void UploadRejected(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 4802, Level = LogLevel.Warning, Message = "Upload of a file to OneDrive failed ({Reason})")]
    public static partial void UploadFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 4803, Level = LogLevel.Warning, Message = "Upload of a file refused: the upload URL is not https (or http on loopback)")]
    public static partial void UploadTargetRefused(ILogger logger);

    [LoggerMessage(EventId = 4804, Level = LogLevel.Warning, Message = "Upload of a file refused: {SizeInBytes} bytes do not fit one PUT")]
    public static partial void UploadTooLarge(ILogger logger, int sizeInBytes);

    [LoggerMessage(EventId = 4805, Level = LogLevel.Warning, Message = "Invoices:PublicBaseUrl is empty outside Development: download links point at the address the host listens on, which users' browsers may not reach")]
    public static partial void NoPublicBaseUrl(ILogger logger);

    [LoggerMessage(EventId = 4800, Level = LogLevel.Warning, Message = "File consent whose context is no feature's offer")]
    public static partial void ConsentNotOurs(ILogger logger);
}
