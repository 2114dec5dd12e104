using Hangfire;
using Hangfire.Common;
using Khulnasoft.Bot.Runtime.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Khulnasoft.Bot.Telemetry;

/// <summary>
/// <c>builder.AddTelemetry()</c>: OpenTelemetry traces, metrics and logs, exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (off by default; see <see cref="TelemetryOptions"/>). What is collected is
/// configured here whether or not export is on, so a host that adds its own exporter (the tests' in-memory one) gets
/// the same spans: every <c>Khulnasoft.*</c> source and meter (the runtime's turns, the jobs, the deletion lifecycle),
/// ASP.NET Core, HttpClient (the account API and the Connector) and Redis. The Hangfire trace-context filters are
/// always on: a job carries the trace of the turn that scheduled it.
/// </summary>
public static class TelemetryRegistration
{
    /// <summary>Every ActivitySource and Meter of the bot and its runtime.</summary>
    public const string Sources = "Khulnasoft.*";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = TelemetryOptions.From(builder.Configuration);
        services.AddOptions<TelemetryOptions>().Configure(o =>
        {
            o.OtlpEndpoint = options.OtlpEndpoint;
            o.ServiceName = options.ServiceName;
            o.Disabled = options.Disabled;
        }).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();

        AddJobTracing(services);
        services.TryAddSingleton<JobQueueMetrics>();
        services.AddHostedService<RedisTracing>();

        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(Sources)
            .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsProbe(context.Request.Path))
            .AddHttpClientInstrumentation()
            // A service key nothing is registered under: without one the instrumentation resolves IConnectionMultiplexer
            // while the tracer provider is built, before the connection is open. RedisTracing hands it over once it is.
            .AddRedisInstrumentation(name: null, connection: null, serviceKey: RedisTracing.ServiceKey, configure: null));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics
            .AddMeter(Sources)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddMeter("System.Runtime"));
        services.ConfigureOpenTelemetryMeterProvider((sp, _) => sp.GetRequiredService<JobQueueMetrics>());
        services.Configure<OpenTelemetryLoggerOptions>(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = false;
        });

        if (options.ExportEnabled)
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource
                    .AddService(options.ServiceName, serviceVersion: typeof(TelemetryRegistration).Assembly.GetName().Version?.ToString())
                    .AddAttributes([new("deployment.environment.name", builder.Environment.EnvironmentName)]))
                .WithTracing(_ => { })
                .WithMetrics(_ => { })
                .WithLogging()
                .UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// The filters that carry a turn's trace context into the jobs it schedules, for this host's Hangfire client and
    /// server only (Hangfire's global filters are process-wide; several hosts share a test process).
    /// </summary>
    private static void AddJobTracing(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IJobFilterProvider>(_ =>
            new JobFilterProviderCollection(JobFilterProviders.Providers, new JobFilterCollection { new JobTraceClientFilter(), new JobTraceServerFilter() })));
    }

    /// <summary>The health probes (<c>/healthz</c>, <c>/readyz</c>) are called every few seconds: no span for them.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/readyz", StringComparison.OrdinalIgnoreCase);
}
