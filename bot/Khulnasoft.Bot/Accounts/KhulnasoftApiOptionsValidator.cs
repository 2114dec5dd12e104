using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Accounts;

/// <summary>Checks <see cref="KhulnasoftApiOptions"/> at start-up.</summary>
internal sealed class KhulnasoftApiOptionsValidator : IValidateOptions<KhulnasoftApiOptions>
{
    public ValidateOptionsResult Validate(string? name, KhulnasoftApiOptions options)
    {
        var failures = new List<string>();
        failures.AddRange(Annotations(options, "Khulnasoft"));
        failures.AddRange(Annotations(options.Resilience, "Khulnasoft:Resilience"));

        var url = options.ApiBaseUrl;
        var isHostRelative = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(url) && !isHostRelative &&
            !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add("Khulnasoft:ApiBaseUrl must be an absolute http(s) URL or a path on this host starting with '/'.");
        }

        var r = options.Resilience;
        if (r.AttemptTimeout <= TimeSpan.Zero || r.TotalTimeout <= TimeSpan.Zero)
        {
            failures.Add("Khulnasoft:Resilience timeouts must be positive.");
        }

        if (r.TotalTimeout < r.AttemptTimeout)
        {
            failures.Add("Khulnasoft:Resilience:TotalTimeout must not be shorter than AttemptTimeout.");
        }

        if (r.RetryBaseDelay < TimeSpan.Zero || r.MaxRetryDelay <= TimeSpan.Zero)
        {
            failures.Add("Khulnasoft:Resilience retry delays must not be negative.");
        }

        if (r.CircuitBreakerSamplingDuration < TimeSpan.FromMilliseconds(500) || r.CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add("Khulnasoft:Resilience circuit breaker durations must be at least 0.5 s.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Data-annotation failures, each named by its key (e.g. "Khulnasoft:ApiBaseUrl: The ApiBaseUrl field is required.").</summary>
    private static IEnumerable<string> Annotations(object options, string section)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => $"{section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}");
    }
}
