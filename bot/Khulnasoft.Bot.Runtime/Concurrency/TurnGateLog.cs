using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>Log messages of the turn gate. Method names are event names: renaming one breaks dashboards.</summary>
internal static partial class TurnGateLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Activity {ActivityId} was already processed in this conversation; the recorded answer is returned again.")]
    public static partial void DuplicateActivity(ILogger logger, string activityId);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "The conversation lease was lost while a turn was running (fence {Fence}); its state will not be saved.")]
    public static partial void LeaseLost(ILogger logger, long fence);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "Renewing the conversation lease failed (fence {Fence}).")]
    public static partial void RenewFailed(ILogger logger, long fence, Exception exception);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Releasing the conversation lease after a failed turn failed (fence {Fence}); it expires on its own.")]
    public static partial void ReleaseFailed(ILogger logger, long fence, Exception exception);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning, Message = "Waited {WaitSeconds}s for another instance's turn of the conversation; giving up so the channel retries.")]
    public static partial void WaitTimedOut(ILogger logger, double waitSeconds);
}
