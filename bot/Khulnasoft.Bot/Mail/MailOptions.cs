using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.Mail;

/// <summary>Mail settings (section <c>Mail</c>).</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>The sender, e.g. <c>Khulnasoft &lt;no-reply@khulnasoft.com&gt;</c>.</summary>
    [Required]
    public string From { get; set; } = "Khulnasoft <no-reply@khulnasoft.example>";

    public MailSmtpOptions Smtp { get; set; } = new();

    /// <summary>How often a queued one-time code mail is tried before it is given up (logged). Default 6.</summary>
    [Range(1, 20)]
    public int SendAttempts { get; set; } = 6;

    /// <summary>The wait before a code mail's second try, doubled before each further one. Default 1 s (then 2, 4, 8, 16 s).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
