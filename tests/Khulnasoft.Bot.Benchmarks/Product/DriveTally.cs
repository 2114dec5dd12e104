namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>What virtual users did: turn latencies by step, finished conversations, failures.</summary>
public sealed class DriveTally
{
    public StepTimes Times { get; } = new();

    public long Finished { get; set; }

    public long Failures { get; set; }

    public void Add(DriveTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Times.AddAll(other.Times);
        Finished += other.Finished;
        Failures += other.Failures;
    }
}
