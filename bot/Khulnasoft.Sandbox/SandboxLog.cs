namespace Khulnasoft.Bot.Sandbox;

/// <summary>Log events of the sandbox.</summary>
internal static partial class SandboxLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning, Message = "The sandbox is enabled: demo account API under /sandbox/api/v4, dashboard /sandbox/dash, mailbox /sandbox/mailbox")]
    public static partial void SandboxEnabled(ILogger logger);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Sandbox SMTP server listening on 127.0.0.1:{Port}")]
    public static partial void SmtpListening(ILogger logger, int port);
}
