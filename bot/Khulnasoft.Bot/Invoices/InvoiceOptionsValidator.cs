using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Invoices;

/// <summary>Checks <see cref="InvoiceOptions"/> at start-up (the link lifetime's range).</summary>
public sealed class InvoiceOptionsValidator : IValidateOptions<InvoiceOptions>
{
    public ValidateOptionsResult Validate(string? name, InvoiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(r => $"{InvoiceOptions.SectionName}: {r.ErrorMessage}"));
    }
}
