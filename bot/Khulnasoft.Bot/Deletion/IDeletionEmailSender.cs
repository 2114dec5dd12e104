namespace Khulnasoft.Bot.Deletion;

/// <summary>Sends the deletion notices by email (a seam over the mail feature's sender).</summary>
public interface IDeletionEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}
