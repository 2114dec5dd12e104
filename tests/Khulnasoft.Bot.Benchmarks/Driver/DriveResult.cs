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
    double ServerCpuMilliseconds)
{
    public double DialogsPerSecond => Dialogs / Seconds;

    public double TurnsPerSecond => Turns / Seconds;

    /// <summary>Server CPU time per completed turn, in microseconds.</summary>
    public double CpuMicrosecondsPerTurn => Turns == 0 ? double.NaN : ServerCpuMilliseconds * 1000 / Turns;

    /// <summary>Server CPU use during the drive, in cores (1.0 = one core busy all the time).</summary>
    public double ServerCores => ServerCpuMilliseconds / 1000 / Seconds;
}
