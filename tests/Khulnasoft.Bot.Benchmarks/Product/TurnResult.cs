using Khulnasoft.Bot.Benchmarks.Runtime;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>One measured window of the product's turn (one state): latencies by step and the host's counters.</summary>
public sealed record TurnResult(string State, int Users, double Seconds, DriveTally Tally, ServerStats Host, double? RedisCpuMilliseconds, double DriverCpuMilliseconds, string LoadBefore, string LoadAfter)
{
    /// <summary>How long the host was warmed up before the window (<see cref="ProductWarmup"/>).</summary>
    public double WarmupSeconds { get; init; }

    public long Turns => Tally.Times.Turns;

    public double PerTurn(double value) => Turns == 0 ? double.NaN : value / Turns;
}
