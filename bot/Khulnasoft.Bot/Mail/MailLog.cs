namespace Khulnasoft.Bot.Mail;

/// <summary>Log events of mail sending (no addresses, no subjects, no bodies).</summary>
internal static partial class MailLog
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Mail {MessageId} handed to the SMTP server")]
    public static partial void MailSent(ILogger logger, string messageId);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning, Message = "Mail could not be sent ({Reason})")]
    public static partial void MailFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "A kept-open SMTP connection was lost; sending over a new one")]
    public static partial void KeptConnectionLost(ILogger logger, Exception exception);
}
