using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.Funnel;

/// <summary>Settings of the conversation funnel (section <c>Funnel</c>).</summary>
public sealed class FunnelOptions
{
    public const string SectionName = "Funnel";

    /// <summary>How long a conversation is remembered after its last step, so it counts once per step (1–365 days). Default 30 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan DedupWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long the per-day counts are kept (1–3650 days). Default 400 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(400);

    /// <summary>
    /// Without Redis: the most conversations remembered in memory (1–10,000,000). When full, the least recently active one
    /// is forgotten first (if it reaches a step again, that step counts again). Default 10,000.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MemoryConversations { get; set; } = 10_000;
}
