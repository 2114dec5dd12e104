namespace Khulnasoft.Bot.Fixes;

/// <summary>Log events of the one-click fixes (5200–5249). Ids of users, accounts and resources only; never names or emails.</summary>
internal static partial class FixLog
{
    [LoggerMessage(EventId = 5200, Level = LogLevel.Information, Message = "Fix {Item} of {ResourceId} on account {AccountId} made for user {UserId}")]
    public static partial void Applied(ILogger logger, string item, string resourceId, string accountId, string userId);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Fix {Item} of {ResourceId} on account {AccountId} failed: {ErrorCode}")]
    public static partial void Failed(ILogger logger, string item, string resourceId, string accountId, string errorCode);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Fix {Item} of {ResourceId} refused for user {UserId}: {Reason}")]
    public static partial void Refused(ILogger logger, string item, string resourceId, string userId, FixRefusal reason);
}
