namespace Khulnasoft.Bot.Runtime.Diagnostics;

/// <summary>Values of <see cref="BotTelemetry.OutcomeAttribute"/>.</summary>
public static class TurnOutcomes
{
    /// <summary>The turn ran to its end.</summary>
    public const string Ok = "ok";

    /// <summary>The turn threw: the error handler apologised (or, for a proactive turn, the job retries).</summary>
    public const string Error = "error";

    /// <summary>The storage was unavailable: the channel got 503 and re-delivers.</summary>
    public const string StorageUnavailable = "storage_unavailable";

    /// <summary>A re-delivered activity the turn gate answered from its record without running the bot again.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The request was aborted (the caller went away).</summary>
    public const string Cancelled = "cancelled";
}
