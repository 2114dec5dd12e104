namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Used until the mail feature registers a real <see cref="IDeletionEmailSender"/>: it sends nothing and says so in
/// the log (without the address), so a missing mail setup is visible rather than silent.
/// </summary>
public sealed partial class UnconfiguredDeletionEmailSender(ILogger<UnconfiguredDeletionEmailSender> logger) : IDeletionEmailSender
{
    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        LogNotSent(logger);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "No mail sender is configured; a deletion notice email was not sent")]
    private static partial void LogNotSent(ILogger logger);
}
