using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.Deletion;

/// <summary>When personal data is purged after deletion (section <c>Purge</c>).</summary>
public sealed class PurgeOptions
{
    public const string SectionName = "Purge";

    /// <summary>Deletion time + this = purge time. Default 30 days, at most 365 (the help page promises within a year).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan Delay { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often a purge blocked by a legal hold is re-checked.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan LegalHoldRecheckInterval { get; set; } = TimeSpan.FromDays(1);
}
