using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.TestHost;

/// <summary>
/// The host's warnings and errors (the last 200), kept so that a test waiting in vain for background work can say what
/// went wrong inside the host: a Hangfire job that threw and when it will be retried, a mail that could not be sent.
/// </summary>
public sealed class HostProblems : ILoggerProvider
{
    private const int Capacity = 200;
    private readonly ConcurrentQueue<string> _entries = new();

    public ILogger CreateLogger(string categoryName) => new ProblemLogger(this, categoryName);

    /// <summary>The last <paramref name="count"/> warnings and errors, one per line, or "none".</summary>
    public string Describe(int count = 20)
    {
        var last = _entries.ToArray().TakeLast(count).ToList();
        return last.Count == 0 ? "none" : Environment.NewLine + string.Join(Environment.NewLine, last);
    }

    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    private sealed class ProblemLogger(HostProblems owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var error = exception is null ? string.Empty : $" [{exception.GetType().Name}: {exception.Message}]";
            owner.Add($"  {TimeProvider.System.GetUtcNow():HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{error}");
        }
    }
}
