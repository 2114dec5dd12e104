using Hangfire.Logging;

namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>
/// Hangfire's log provider is process-wide (GlobalConfiguration) and its classes cache loggers in static fields,
/// so a logger can outlive the host whose ILoggerFactory created it. This provider's loggers go quiet instead of
/// throwing once that factory is disposed (several hosts in one test process; a host restarted in-process).
/// </summary>
public sealed class HangfireLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    public ILog GetLogger(string name) => new HangfireLogger(loggerFactory, name);
}
