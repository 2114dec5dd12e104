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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
