namespace Khulnasoft.Bot.Mail;

/// <summary>A mail the bot sends (one-time codes, receipts). <paramref name="HtmlBody"/> is optional.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody = null);
