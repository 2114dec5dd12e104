namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>Turn latencies (ms) by step, as the driver saw them; each virtual user has its own, merged at the end.</summary>
public sealed class StepTimes
{
    private readonly List<double>[] _steps = [.. ProductSteps.Names.Select(_ => new List<double>())];

    public long Turns => _steps.Sum(s => (long)s.Count);

    public void Add(int step, double milliseconds) => _steps[step].Add(milliseconds);

    public void AddAll(StepTimes other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var step = 0; step < _steps.Length; step++)
        {
            _steps[step].AddRange(other._steps[step]);
        }
    }

    public double Percentile(int step, double quantile)
    {
        var sorted = _steps[step].Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
    }

    public double AllPercentile(double quantile)
    {
        var sorted = _steps.SelectMany(s => s).Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
    }
}
