using Microsoft.Extensions.Options;
using MimeKit;

namespace Khulnasoft.Bot.Mail;

/// <summary>Checks <see cref="MailOptions"/> at start-up.</summary>
internal sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (!MailboxAddress.TryParse(options.From, out _))
        {
            failures.Add("Mail:From must be a mail address, e.g. \"Khulnasoft <no-reply@khulnasoft.com>\".");
        }

        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            failures.Add("Mail:Smtp:Host is required (the sandbox sets it to its embedded SMTP server).");
        }

        if (options.Smtp.Port is < 1 or > 65535)
        {
            failures.Add("Mail:Smtp:Port must be between 1 and 65535.");
        }

        if (string.IsNullOrEmpty(options.Smtp.User) != string.IsNullOrEmpty(options.Smtp.Password))
        {
            failures.Add("Mail:Smtp:User and Mail:Smtp:Password go together.");
        }

        if (options.Smtp.Timeout <= TimeSpan.Zero)
        {
            failures.Add("Mail:Smtp:Timeout must be positive.");
        }

        if (options.Smtp.PoolSize is < 1 or > 16)
        {
            failures.Add("Mail:Smtp:PoolSize must be between 1 and 16.");
        }

        if (options.Smtp.IdleTimeout <= TimeSpan.Zero)
        {
            failures.Add("Mail:Smtp:IdleTimeout must be positive.");
        }

        if (options.SendAttempts is < 1 or > 20)
        {
            failures.Add("Mail:SendAttempts must be between 1 and 20.");
        }

        if (options.RetryDelay < TimeSpan.Zero)
        {
            failures.Add("Mail:RetryDelay must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
