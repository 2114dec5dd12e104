using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>Checks <see cref="OneTimeCodeOptions"/> at start-up: ranges, and a real hash key outside Development.</summary>
public sealed class OneTimeCodeOptionsValidator(IHostEnvironment environment) : IValidateOptions<OneTimeCodeOptions>
{
    /// <summary>The smallest hash key accepted (bytes): the output size of HMAC-SHA256.</summary>
    public const int MinHashKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, OneTimeCodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Lifetime < TimeSpan.FromMinutes(1) || options.Lifetime > TimeSpan.FromHours(1))
        {
            failures.Add("OneTimeCodes:Lifetime must be between 00:01:00 and 01:00:00.");
        }

        if (options.MaxAttempts is < 1 or > 10)
        {
            failures.Add("OneTimeCodes:MaxAttempts must be between 1 and 10.");
        }

        if (options.MaxCodesPerHour is < 1 or > 20)
        {
            failures.Add("OneTimeCodes:MaxCodesPerHour must be between 1 and 20.");
        }

        if (string.IsNullOrWhiteSpace(options.HashKey))
        {
            if (!environment.IsDevelopment())
            {
                failures.Add("OneTimeCodes:HashKey is required outside Development (base64, at least 32 bytes; `openssl rand -base64 32`).");
            }
        }
        else if (ChallengeHasher.DecodeKey(options.HashKey) is not { Length: >= MinHashKeyBytes })
        {
            failures.Add("OneTimeCodes:HashKey must be base64 of at least 32 bytes (`openssl rand -base64 32`).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
