using System.Collections.Concurrent;
using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>Stands in for SMTP (a call that leaves the process): records what would have been mailed.</summary>
public sealed class RecordingEmailSender : IDeletionEmailSender
{
    public ConcurrentQueue<(string To, string Subject, string Body)> Sent { get; } = new();

    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        Sent.Enqueue((to, subject, body));
        return Task.CompletedTask;
    }
}
