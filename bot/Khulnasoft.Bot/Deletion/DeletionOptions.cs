using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.Deletion;

/// <summary>The deletion lifecycle's timing (section <c>Deletion</c>). Seconds are accepted so tests and demos run a whole life quickly.</summary>
public sealed class DeletionOptions
{
    public const string SectionName = "Deletion";

    /// <summary>How long the user can undo before the deletion runs. Default 30 days.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "90.00:00:00")]
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long before the grace period ends the user is reminded (in the conversation and by email), with the undo
    /// link. Default 3 days. A grace period no longer than this gets no reminder (the scheduled email already has the link).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Attempts per phase (delete, purge) for transient API failures before the case fails and support is alerted.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry delay; doubled per attempt, capped at one hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The legal response limit for an erasure request (GDPR Art. 12(3): one month).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "90.00:00:00")]
    public TimeSpan ResponseLimit { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The watchdog flags open cases this long before <see cref="ResponseLimit"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan ResponseWarning { get; set; } = TimeSpan.FromDays(5);

    /// <summary>A job this late past its due time counts as overdue and is enqueued again by the watchdog.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan OverdueAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The key of the email hash operators search by (HMAC-SHA256, base64, at least 32 bytes). Unset: a random key per
    /// process, so emails hashed before a restart are no longer found; set it outside Development.
    /// </summary>
    public string? EmailHashKey { get; set; }

    /// <summary>Cron of the watchdog (Hangfire recurring job <c>deletion-watchdog</c>).</summary>
    [Required]
    public string WatchdogCron { get; set; } = "*/5 * * * *";
}
