using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Khulnasoft.Bot.Accounts;

/// <summary>Registers the account API client (typed HttpClient with resilience).</summary>
public static class AccountsRegistration
{
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<KhulnasoftApiOptions>()
            .Bind(builder.Configuration.GetSection(KhulnasoftApiOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KhulnasoftApiOptions>, KhulnasoftApiOptionsValidator>();

        builder.Services.AddHttpClient<KhulnasoftApiClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<KhulnasoftApiOptions>>().Value;
                http.BaseAddress = ResolveBaseAddress(options.ApiBaseUrl, sp);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ServiceToken);
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns the timeouts
            })
            .RemoveAllLoggers() // the default loggers write request URIs (emails in queries); KhulnasoftApiLog logs operations only
            .AddResilienceHandler("khulnasoft-api", static (pipeline, context) =>
            {
                var r = context.ServiceProvider.GetRequiredService<IOptions<KhulnasoftApiOptions>>().Value.Resilience;
                pipeline
                    .AddTimeout(r.TotalTimeout)
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = r.MaxRetryAttempts,
                        Delay = r.RetryBaseDelay,
                        MaxDelay = r.MaxRetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true,
                    })
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

    /// <summary>
    /// An absolute URL is used as is; a path ("/sandbox/api/v4") is resolved against the first address this host
    /// listens on (wildcard hosts become localhost), so the client reaches the host over real HTTP.
    /// </summary>
    private static Uri ResolveBaseAddress(string apiBaseUrl, IServiceProvider sp)
    {
        var withSlash = apiBaseUrl.EndsWith('/') ? apiBaseUrl : apiBaseUrl + "/";
        if (!withSlash.StartsWith('/'))
        {
            return new Uri(withSlash, UriKind.Absolute);
        }

        var addresses = sp.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("Khulnasoft:ApiBaseUrl is a path on this host, but the host is not listening yet.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        uri.Path = withSlash;
        return uri.Uri;
    }
}
