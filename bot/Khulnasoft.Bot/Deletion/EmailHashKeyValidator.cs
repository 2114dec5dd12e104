using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// <c>Deletion:EmailHashKey</c> at start-up: required outside Development (a key generated per process would make the
/// console's search by email find nothing on another instance or after a restart), and base64 of at least 32 bytes.
/// </summary>
public sealed class EmailHashKeyValidator(IHostEnvironment environment) : IValidateOptions<DeletionOptions>
{
    public const int MinKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, DeletionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.EmailHashKey))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Deletion:EmailHashKey is required outside Development (base64, at least 32 bytes; `openssl rand -base64 32`).");
        }

        return Decode(options.EmailHashKey) is { Length: >= MinKeyBytes }
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Deletion:EmailHashKey must be base64 of at least 32 bytes (`openssl rand -base64 32`).");
    }

    private static byte[]? Decode(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
