using System.Net;

namespace Khulnasoft.Bot.Accounts;

/// <summary>Log events of the account API client. Method names are event names: renaming one breaks dashboards.</summary>
internal static partial class KhulnasoftApiLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Account API {Operation} answered {StatusCode}")]
    public static partial void ApiAnswered(ILogger logger, string operation, int statusCode);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Account API {Operation} failed with {StatusCode} and error codes {ErrorCodes}")]
    public static partial void ApiError(ILogger logger, string operation, HttpStatusCode statusCode, string errorCodes);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Account API {Operation} is unavailable ({Reason})")]
    public static partial void ApiUnavailable(ILogger logger, string operation, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Account API {Operation} answered {StatusCode} with a body that is not a valid envelope")]
    public static partial void ApiMalformed(ILogger logger, string operation, int statusCode);
}
