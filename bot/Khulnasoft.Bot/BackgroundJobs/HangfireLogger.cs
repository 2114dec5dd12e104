using HangfireLevel = Hangfire.Logging.LogLevel;
using ILog = Hangfire.Logging.ILog;

namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>Forwards one Hangfire logger to Microsoft.Extensions.Logging (see <see cref="HangfireLogProvider"/>).</summary>
public sealed partial class HangfireLogger(ILoggerFactory loggerFactory, string name) : ILog
{
    private ILogger? _logger;

    public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
    {
        var level = logLevel switch
        {
            HangfireLevel.Trace => LogLevel.Trace,
            HangfireLevel.Debug => LogLevel.Debug,
            HangfireLevel.Info => LogLevel.Information,
            HangfireLevel.Warn => LogLevel.Warning,
            HangfireLevel.Error => LogLevel.Error,
            _ => LogLevel.Critical,
        };
        try
        {
            _logger ??= loggerFactory.CreateLogger(name);
            if (!_logger.IsEnabled(level))
            {
                return false;
            }

            if (messageFunc?.Invoke() is { } message)
            {
                LogHangfire(_logger, level, exception, message);
            }

            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 2000, Message = "{HangfireMessage}")]
    private static partial void LogHangfire(ILogger logger, LogLevel level, Exception? exception, string hangfireMessage);
}
