namespace Khulnasoft.Bot.Benchmarks.Driver;

/// <summary>
/// The driver's socket completions. With <see cref="InlineCompletionsVariable"/>=1 (run.sh sets it for the runner) the
/// runtime runs socket continuations on its event thread instead of waking a thread-pool worker for each: the driver is
/// async end to end and never blocks, and on the core it shares with redis-server each wake-up it saves is CPU the
/// Redis row gets back (measured: 27-34 → 17-21 µs of driver CPU per turn against bare Kestrel). The servers under test
/// never get it: <see cref="Run.ChildProcess"/> removes it from every child's environment.
/// </summary>
public static class DriverSockets
{
    public const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>How this process's socket completions run, for the run's header line.</summary>
    public static string Describe() =>
        Environment.GetEnvironmentVariable(InlineCompletionsVariable) == "1" ? "inline socket completions" : "thread-pool socket completions";
}
