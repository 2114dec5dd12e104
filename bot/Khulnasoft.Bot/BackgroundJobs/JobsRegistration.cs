using Hangfire;
using Hangfire.InMemory;
using Hangfire.Redis.StackExchange;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>
/// <c>builder.AddJobs()</c>: Hangfire with Redis storage when <c>Storage:RedisConnection</c> is set (in-memory
/// otherwise, refused in Production), a server on the deletion, purge and notifications queues; then
/// <c>app.MapJobsDashboard()</c> for <c>/hangfire</c> behind <see cref="OperatorAuthorization"/> and its anti-forgery
/// token, and <c>app.UseOperatorRequestGuard()</c> against cross-site requests.
/// </summary>
public static class JobsRegistration
{
    public const string RedisConnectionKey = "Storage:RedisConnection";

    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var redisConnection = builder.Configuration[RedisConnectionKey];
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<JobsOptions, JobsOptionsValidator>().BindConfiguration(JobsOptions.SectionName);
        services.AddSingleton<IValidateOptions<JobsOptions>, JobsDashboardOptionsValidator>();
        services.AddSingleton<IValidateOptions<JobsOptions>>(new JobStorageValidator(builder.Environment.IsProduction(), !string.IsNullOrWhiteSpace(redisConnection)));
        services.AddSingleton<OperatorAuthorization>();

        // With IAntiforgery registered, Hangfire's dashboard puts a token in its pages and refuses (403) a POST
        // without it; the console's forms (/ops) and the undo link's page (Deletion) use it too, so the cookie is on the
        // root path. It is never sent cross-site.
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "khulnasoft.antiforgery";
            antiforgery.Cookie.Path = "/";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.HttpOnly = true;
        });

        // Our own JobStorage registration wins over AddHangfire's (it uses TryAdd), so each host uses the storage
        // it was configured with rather than the process-wide JobStorage.Current.
        services.AddSingleton<JobStorage>(sp => string.IsNullOrWhiteSpace(redisConnection)
            ? new InMemoryStorage()
            // Hangfire's storage connects in its constructor, while the dashboard is mapped: with Redis down at start
            // it must keep retrying (the host says 503 meanwhile), not throw and stop the host.
            : new RedisStorage(Runtime.Storage.RedisConnection.RetryingConfiguration(redisConnection).ToString(includePassword: true), new RedisStorageOptions { Prefix = sp.GetRequiredService<IOptions<JobsOptions>>().Value.RedisPrefix }));
        services.AddHangfire((sp, configuration) => configuration
            .UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        if (builder.Configuration.GetValue($"{JobsOptions.SectionName}:{nameof(JobsOptions.ServerEnabled)}", true))
        {
            // Bound here rather than through IOptions: the server is built before start-up validation runs, and a
            // validation failure must surface as the host's OptionsValidationException, together with the others.
            var configuration = builder.Configuration;
            services.AddHangfireServer((sp, server) =>
            {
                var options = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
                server.Queues = JobQueues.All;
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
            });
        }

        return builder;
    }

    /// <summary>
    /// Puts <see cref="OperatorRequestGuard"/> in the pipeline: cross-site POSTs to <c>/hangfire</c> and <c>/ops</c>
    /// get 403. Call it before the endpoints run (anywhere before <c>app.Run()</c> in Program.cs).
    /// </summary>
    public static IApplicationBuilder UseOperatorRequestGuard(this IApplicationBuilder app) =>
        app.UseMiddleware<OperatorRequestGuard>();

    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints, string pattern = "/hangfire")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        return endpoints.MapHangfireDashboard(
            pattern,
            new DashboardOptions
            {
                AppPath = null,
                DisplayStorageConnectionString = false,
                Authorization = [],
                AsyncAuthorization = [new DashboardAuthorizationFilter(services.GetRequiredService<OperatorAuthorization>())],
            },
            services.GetRequiredService<JobStorage>());
    }
}
