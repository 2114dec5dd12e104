using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.Mail;

/// <summary>The SMTP server (section <c>Mail:Smtp</c>). In sandbox mode, an empty Host means the embedded server.</summary>
public sealed class MailSmtpOptions
{
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>TLS: implicit on port 465, STARTTLS otherwise. Off only for loopback test servers.</summary>
    public bool UseTls { get; set; } = true;

    public string? User { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Kept-open connections at most; each carries one mail at a time, more senders wait. Default 4.</summary>
    [Range(1, 16)]
    public int PoolSize { get; set; } = 4;

    /// <summary>A kept-open connection idle this long is closed and opened again before its next mail. Default 30 s.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
