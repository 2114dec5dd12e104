namespace Khulnasoft.Bot.Deletion;

/// <summary>Exponential backoff for transient API failures: base × 2^(attempt−1), at most one hour.</summary>
public static class RetryDelays
{
    public static TimeSpan For(int attempt, TimeSpan baseDelay)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 16));
        return TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, TimeSpan.FromHours(1).Ticks));
    }
}
