using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Runtime.Hosting;

public partial class CloudAdapter
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Messaging endpoint refused a request with {StatusCode} ({Problem})")]
    private static partial void LogRefused(ILogger logger, int statusCode, string problem);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Turn failed (correlation id {CorrelationId}, activity type {ActivityType}, channel {ChannelId}, name {ActivityName})")]
    private static partial void LogTurnFailed(ILogger logger, string correlationId, string? activityType, string? channelId, string? activityName, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Could not tell the user about failed turn {CorrelationId}")]
    private static partial void LogApologyFailed(ILogger logger, string correlationId, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Turn error cleanup {Cleanup} failed for turn {CorrelationId}")]
    private static partial void LogCleanupFailed(ILogger logger, string correlationId, string cleanup, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Storage unavailable during a {ActivityType} turn on {ChannelId}; answered 503 so the channel retries")]
    private static partial void LogStorageUnavailable(ILogger logger, string? activityType, string? channelId, Exception exception);
}
