using Khulnasoft.Bot.Benchmarks.Runtime;

namespace Khulnasoft.Bot.Benchmarks.Driver;

/// <summary>What one measured drive produced.</summary>
public sealed record DriveResult(
    string Name,
    int Users,
    double Seconds,
    long Dialogs,
    long Turns,
    long Failures,
    double P50Milliseconds,
    double P99Milliseconds,
    ServerStats Server,
    double WarmupSeconds,
    double DriverCpuMilliseconds)
{
    /// <summary>CPU time of a helper process serving the server during the window (redis-server), or null.</summary>
    public double? HelperCpuMilliseconds { get; init; }

    /// <summary>Which measured window this is: later than 1 when the earlier ones were still compiling and were discarded.</summary>
    public int Windows { get; init; } = 1;

    public double ServerCpuMilliseconds => Server.CpuMilliseconds;

    public double DialogsPerSecond => Dialogs / Seconds;

    public double TurnsPerSecond => Turns / Seconds;

    /// <summary>Server CPU time per completed turn, in microseconds.</summary>
    public double CpuMicrosecondsPerTurn => PerTurn(ServerCpuMilliseconds * 1000);

    /// <summary>Server CPU use during the drive, in cores (1.0 = one core busy all the time).</summary>
    public double ServerCores => ServerCpuMilliseconds / 1000 / Seconds;

    /// <summary>Bytes the server allocated per turn, in KB.</summary>
    public double AllocatedKilobytesPerTurn => PerTurn(Server.AllocatedBytes / 1024.0);

    /// <summary>The server's minor page faults per turn (0 for a server that doesn't report them).</summary>
    public double MinorFaultsPerTurn => PerTurn(Server.MinorFaults);

    /// <summary>The server's context switches per turn (all its threads).</summary>
    public double ContextSwitchesPerTurn => PerTurn(Server.ContextSwitches);

    /// <summary>Thread-pool work items the server ran per turn, or NaN for a server that doesn't report them (node).</summary>
    public double WorkItemsPerTurn => Server.WorkItems is { } items ? PerTurn(items) : double.NaN;

    /// <summary>The driver's own CPU per turn (client side, same machine), in microseconds.</summary>
    public double DriverCpuMicrosecondsPerTurn => PerTurn(DriverCpuMilliseconds * 1000);

    /// <summary>The helper's (redis-server's) CPU per turn in microseconds, or NaN.</summary>
    public double HelperCpuMicrosecondsPerTurn => HelperCpuMilliseconds is { } ms ? PerTurn(ms * 1000) : double.NaN;

    private double PerTurn(double value) => Turns == 0 ? double.NaN : value / Turns;
}
