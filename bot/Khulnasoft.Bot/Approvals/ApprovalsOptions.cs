using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.Approvals;

/// <summary>The admin-approval route (section <c>Approvals</c>). Seconds are accepted so tests and demos run quickly.</summary>
public sealed class ApprovalsOptions
{
    public const string SectionName = "Approvals";

    /// <summary>How many distinct super administrators must approve (four-eyes: 2). One rejection rejects. Default 1.</summary>
    [Range(1, 10)]
    public int RequiredApprovers { get; set; } = 1;

    /// <summary>Approvers who have not decided are reminded this long after the request. Default 1 day.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>An undecided request expires this long after it was made. Default 7 days.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "90.00:00:00")]
    public TimeSpan ExpireAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a decided request (with the names and emails it holds) is kept after the decision; then it is deleted
    /// and only the case's audit (ids and counts) remains. Default 30 days.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan KeepDecidedFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Where an approver without Teams opens the bot (the link in the approval email) when no Microsoft App Id is
    /// configured: the Web Chat page. A path means "on this host". Default <c>/</c>.
    /// </summary>
    [Required]
    public string WebChatUrl { get; set; } = "/";
}
