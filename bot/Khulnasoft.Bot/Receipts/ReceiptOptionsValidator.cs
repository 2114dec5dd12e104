using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Receipts;

/// <summary>The signing key is required outside Development and must be an ECDSA P-256 private key in PEM.</summary>
public sealed class ReceiptOptionsValidator(IHostEnvironment environment) : IValidateOptions<ReceiptOptions>
{
    public ValidateOptionsResult Validate(string? name, ReceiptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Receipts:SigningKey is required outside Development (an ECDSA P-256 private key, PEM).");
        }

        try
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(options.SigningKey);
            return key.KeySize == 256 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail("Receipts:SigningKey must be an ECDSA P-256 key.");
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return ValidateOptionsResult.Fail("Receipts:SigningKey is not a readable ECDSA private key (PEM).");
        }
    }
}
