namespace Khulnasoft.Sandbox;

/// <summary>Log events of the sandbox (4200–4299, see docs/logging.md).</summary>
internal static partial class SandboxLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning, Message = "The sandbox is enabled: demo account API under /sandbox/api/v4, dashboard /sandbox/dash, mailbox /sandbox/mailbox")]
    public static partial void SandboxEnabled(ILogger logger);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Sandbox SMTP server listening on 127.0.0.1:{Port}")]
    public static partial void SmtpListening(ILogger logger, int port);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "!!! THE SANDBOX IS RUNNING OUTSIDE DEVELOPMENT (environment {Environment}, Sandbox:AllowOutsideDevelopment=true) !!! It serves DEMO DATA as the account API and lets ANYONE sign in to Web Chat as a demo user. Never expose this host to real users.")]
    public static partial void SandboxOutsideDevelopment(ILogger logger, string environment);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Sandbox DNS server listening on 127.0.0.1:{Port} (UDP and TCP)")]
    public static partial void DnsListening(ILogger logger, int port);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Sandbox DNS server failed to answer a query ({ExceptionType})")]
    public static partial void DnsFailed(ILogger logger, string exceptionType);
}
