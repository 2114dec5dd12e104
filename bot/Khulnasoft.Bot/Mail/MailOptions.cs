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
}
