using System.Net.Http.Headers;
using Khulnasoft.Bot.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Khulnasoft.Bot.Accounts;

/// <summary>Registers the account API client (one for the host, over a named HttpClient with resilience).</summary>
public static class AccountsRegistration
{
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<KhulnasoftApiOptions>()
            .Bind(builder.Configuration.GetSection(KhulnasoftApiOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KhulnasoftApiOptions>, KhulnasoftApiOptionsValidator>();

        ListeningAddress.Register(builder.Services);
        // One client for the host, not a typed client per service that takes one: a turn resolves dozens of such
        // services, and each typed client was a new HttpClient with its headers set up again (docs/benchmarks.md).
        builder.Services.AddSingleton<KhulnasoftApiClient>();
        builder.Services.AddHttpClient(KhulnasoftApiClient.HttpClientName, (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<KhulnasoftApiOptions>>().Value;
                // A path means "on this host"; resolved once the host listens, then the same Uri for every client.
                http.BaseAddress = sp.GetRequiredService<ListeningAddress>().Resolve(options.ApiBaseUrl, $"{KhulnasoftApiOptions.SectionName}:{nameof(KhulnasoftApiOptions.ApiBaseUrl)}");
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ServiceToken);
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns the timeouts
            })
            .RemoveAllLoggers() // the default loggers write request URIs (emails in queries); KhulnasoftApiLog logs operations only
            .AddResilienceHandler("khulnasoft-api", static (pipeline, context) =>
            {
                var r = context.ServiceProvider.GetRequiredService<IOptions<KhulnasoftApiOptions>>().Value.Resilience;
                pipeline.AddTimeout(r.TotalTimeout);
                if (r.MaxRetryAttempts > 0)
                {
                    // 0 means "no retries"; Polly's retry strategy itself refuses 0 attempts.
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = r.MaxRetryAttempts,
                        Delay = r.RetryBaseDelay,
                        MaxDelay = r.MaxRetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true,
                    });
                }

                pipeline
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = r.CircuitBreakerFailureRatio,
                        MinimumThroughput = r.CircuitBreakerMinimumThroughput,
                        SamplingDuration = r.CircuitBreakerSamplingDuration,
                        BreakDuration = r.CircuitBreakerBreakDuration,
                    })
                    .AddTimeout(r.AttemptTimeout);
            });
        return builder;
    }
}
