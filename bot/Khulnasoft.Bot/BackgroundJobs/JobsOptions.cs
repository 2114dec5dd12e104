using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>
/// Hangfire settings (section <c>Jobs</c>). The storage follows <c>Storage:RedisConnection</c>: Redis when it is
/// set (keys under <see cref="RedisPrefix"/>), in-memory otherwise (refused in Production).
/// </summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Hangfire's own key prefix in Redis, apart from the bot state's keys.</summary>
    [Required, RegularExpression("^[A-Za-z0-9:{}_-]+:$")]
    public string RedisPrefix { get; set; } = "khulnasoft:hangfire:";

    /// <summary>How often due scheduled jobs are moved to their queue (Hangfire's default is 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    [Range(1, 64)]
    public int WorkerCount { get; set; } = 5;

    /// <summary>Whether this host processes jobs (false for a web-only instance; jobs are still scheduled).</summary>
    public bool ServerEnabled { get; set; } = true;

    public JobsDashboardOptions Dashboard { get; set; } = new();
}
