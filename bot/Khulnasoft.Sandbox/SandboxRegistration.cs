using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Mail;

namespace Khulnasoft.Bot.Sandbox;

/// <summary>
/// The embedded sandbox: the account API under <c>/sandbox/api/v4</c>, the dashboard, the mailbox and an SMTP server on
/// loopback. On by default in Development; the host refuses to start with it enabled in Production.
/// </summary>
public static class SandboxRegistration
{
    public static bool IsSandboxEnabled(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Configuration.GetValue($"{SandboxOptions.SectionName}:{nameof(SandboxOptions.Enabled)}", builder.Environment.IsDevelopment());
    }

    public static IHostApplicationBuilder AddSandbox(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var enabled = builder.IsSandboxEnabled();
        if (enabled && builder.Environment.IsProduction())
        {
            throw new InvalidOperationException("Sandbox:Enabled is true in Production. The sandbox serves demo data and must never run in Production.");
        }

        builder.Services.AddOptions<SandboxOptions>()
            .Bind(builder.Configuration.GetSection(SandboxOptions.SectionName))
            .PostConfigure(o => o.Enabled = enabled)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ServiceToken), "Sandbox:ServiceToken must not be empty.")
            .ValidateOnStart();
        if (!enabled)
        {
            return builder;
        }

        builder.Services.AddSingleton<SandboxStore>();
        builder.Services.AddSingleton<SandboxMailbox>();
        builder.Services.AddSingleton<SandboxMessageStore>();
        builder.Services.AddSingleton<SandboxSmtpEndpoint>();
        builder.Services.AddHostedService<SandboxSmtpServer>();

        // Point the client and the mail sender at the sandbox unless they were configured explicitly.
        var token = builder.Configuration[$"{SandboxOptions.SectionName}:{nameof(SandboxOptions.ServiceToken)}"] ?? new SandboxOptions().ServiceToken;
        builder.Services.PostConfigure<KhulnasoftApiOptions>(o =>
        {
            if (string.IsNullOrWhiteSpace(o.ApiBaseUrl))
            {
                o.ApiBaseUrl = "/sandbox/api/v4";
            }

            if (string.IsNullOrWhiteSpace(o.ServiceToken))
            {
                o.ServiceToken = token;
            }
        });
        builder.Services.AddOptions<MailOptions>().PostConfigure<SandboxSmtpEndpoint>((o, smtp) =>
        {
            if (string.IsNullOrWhiteSpace(o.Smtp.Host))
            {
                o.Smtp.Host = smtp.Host;
                o.Smtp.Port = smtp.Port;
                o.Smtp.UseTls = false;
            }
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapSandbox(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SandboxOptions>>().Value;
        if (!options.Enabled)
        {
            return endpoints;
        }

        SandboxLog.SandboxEnabled(endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SandboxRegistration)));
        var api = endpoints.MapGroup("/sandbox/api/v4").AddEndpointFilter(SandboxApi.Filter);
        api.MapSandboxUsers();
        api.MapSandboxAccounts();
        api.MapSandboxZones();
        api.MapSandboxBilling();
        api.MapFallback(() => SandboxApi.Error(404, AccountApiErrorCodes.NotFound, "No such API path."));
        endpoints.MapSandboxDashboard();
        endpoints.MapSandboxMailbox();
        return endpoints;
    }
}
