using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Telemetry;

/// <summary>An OTLP endpoint that is set must be an absolute http(s) URL: a typo would otherwise lose every span silently.</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint)
            || (Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail($"{TelemetryOptions.EndpointKey} must be an absolute http(s) URL such as http://otel-collector:4317 (it is '{options.OtlpEndpoint}').");
    }
}
