namespace Khulnasoft.Bot.Telemetry;

/// <summary>
/// The OpenTelemetry switches, read from the standard environment variables (docs/observability.md): export is on
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and <c>OTEL_SDK_DISABLED</c> is not <c>true</c>; off by default.
/// </summary>
public sealed class TelemetryOptions
{
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceNameKey = "OTEL_SERVICE_NAME";
    public const string DisabledKey = "OTEL_SDK_DISABLED";
    public const string DefaultServiceName = "khulnasoft-bot";

    /// <summary>The collector's OTLP endpoint (gRPC by default, port 4317; <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c> for 4318).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>service.name</c> of every span, metric and log record; default <see cref="DefaultServiceName"/>.</summary>
    public string ServiceName { get; set; } = DefaultServiceName;

    public bool Disabled { get; set; }

    public bool ExportEnabled => !Disabled && !string.IsNullOrWhiteSpace(OtlpEndpoint);

    public static TelemetryOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new TelemetryOptions
        {
            OtlpEndpoint = configuration[EndpointKey],
            ServiceName = string.IsNullOrWhiteSpace(configuration[ServiceNameKey]) ? DefaultServiceName : configuration[ServiceNameKey]!,
            Disabled = string.Equals(configuration[DisabledKey], "true", StringComparison.OrdinalIgnoreCase),
        };
    }
}
