using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// Checks <see cref="FileDeliveryOptions"/> at start-up: a signing key of at least 32 characters that is not the
/// public Development key outside Development, a valid upload timeout, and a public base URL that is absolute http(s).
/// </summary>
public sealed class FileDeliveryOptionsValidator(IHostEnvironment environment) : IValidateOptions<FileDeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, FileDeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var failures = results.Select(r => $"{FileDeliveryOptions.SectionName}: {r.ErrorMessage}").ToList();

        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            failures.Add("Invoices:SigningKey is required outside Development (at least 32 characters, e.g. the output of `openssl rand -base64 48`).");
        }
        else if (options.SigningKey.Length < FileDeliveryOptions.MinimumSigningKeyLength)
        {
            failures.Add($"Invoices:SigningKey must be at least {FileDeliveryOptions.MinimumSigningKeyLength} characters long.");
        }
        else if (!environment.IsDevelopment() && string.Equals(options.SigningKey, FileDeliveryOptions.DevelopmentSigningKey, StringComparison.Ordinal))
        {
            failures.Add("Invoices:SigningKey is the published Development key; set a secret key outside Development.");
        }

        var url = options.PublicBaseUrl;
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)))
        {
            failures.Add("Invoices:PublicBaseUrl must be empty or an absolute http(s) URL without query or fragment.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
