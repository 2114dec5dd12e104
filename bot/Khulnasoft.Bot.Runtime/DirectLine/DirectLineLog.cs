using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Log events of the Direct Line server (ids 18xx). Method names and ids are a contract with dashboards.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 1801, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started (user bound: {UserBound})")]
    public static partial void ConversationStarted(ILogger logger, string conversationId, bool userBound);

    [LoggerMessage(EventId = 1803, Level = LogLevel.Warning, Message = "The bot failed on Direct Line activity {ActivityId} in {ConversationId}")]
    public static partial void BotFailed(ILogger logger, Exception exception, string conversationId, string activityId);

    [LoggerMessage(EventId = 1804, Level = LogLevel.Debug, Message = "Direct Line stream opened for {ConversationId} from watermark {Watermark}")]
    public static partial void StreamOpened(ILogger logger, string conversationId, long watermark);

    [LoggerMessage(EventId = 1805, Level = LogLevel.Debug, Message = "Direct Line stream closed for {ConversationId}")]
    public static partial void StreamClosed(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 1806, Level = LogLevel.Information, Message = "Direct Line upload of {FileCount} file(s), {Bytes} bytes, into {ConversationId}")]
    public static partial void Uploaded(ILogger logger, int fileCount, long bytes, string conversationId);

    [LoggerMessage(EventId = 1807, Level = LogLevel.Information, Message = "Direct Line refused a bot {Operation} in {ConversationId}: {Code}")]
    public static partial void ConnectorRefused(ILogger logger, string operation, string conversationId, string code);

    [LoggerMessage(EventId = 1808, Level = LogLevel.Information, Message = "Direct Line rate limit {Policy} refused a request")]
    public static partial void RateLimited(ILogger logger, string policy);

    [LoggerMessage(EventId = 1809, Level = LogLevel.Information, Message = "Direct Line upload of {FileCount} file(s), {Bytes} bytes, into {ConversationId} refused: the conversation's upload quota is used up")]
    public static partial void UploadQuotaExceeded(ILogger logger, int fileCount, long bytes, string conversationId);
}
