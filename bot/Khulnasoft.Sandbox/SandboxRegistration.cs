using Khulnasoft.Sandbox.Api;
using Khulnasoft.Sandbox.Dashboard;
using Khulnasoft.Sandbox.Data;
using Khulnasoft.Sandbox.Dns;
using Khulnasoft.Sandbox.Mailbox;
using Khulnasoft.Sandbox.Wire;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Sandbox;

/// <summary>
/// The sandbox in a host: the account API under <see cref="SandboxPaths.Api"/>, the dashboard, the mailbox, an SMTP
/// server and an authoritative DNS server on loopback. Registers nothing unless <see cref="SandboxMode"/> says it runs.
/// </summary>
public static class SandboxRegistration
{
    public static IHostApplicationBuilder AddSandbox(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var enabled = builder.IsSandboxEnabled();
        builder.Services.AddOptions<SandboxOptions>()
            .Bind(builder.Configuration.GetSection(SandboxOptions.SectionName))
            .PostConfigure(o => o.Enabled = enabled)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ServiceToken), "Sandbox:ServiceToken must not be empty.")
            .Validate(o => o.SmtpPort is >= 0 and <= 65535, "Sandbox:SmtpPort must be between 0 and 65535.")
            .Validate(o => o.DnsPort is >= 0 and <= 65535, "Sandbox:DnsPort must be between 0 and 65535.")
            .ValidateOnStart();
        if (!enabled)
        {
            return builder;
        }

        builder.Services.AddSingleton<SandboxServers>();
        builder.Services.AddSingleton<SandboxStore>();
        builder.Services.AddSingleton<SandboxMailbox>();
        builder.Services.AddSingleton<SandboxMessageStore>();
        builder.Services.AddHostedService<SandboxSmtpServer>();
        builder.Services.AddSingleton<SandboxDnsAnswers>();
        builder.Services.AddHostedService<SandboxDnsServer>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSandbox(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SandboxOptions>>().Value;
        if (!options.Enabled)
        {
            return endpoints;
        }

        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SandboxRegistration));
        SandboxLog.SandboxEnabled(logger);
        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        if (!environment.IsDevelopment())
        {
            SandboxLog.SandboxOutsideDevelopment(logger, environment.EnvironmentName);
        }

        var api = endpoints.MapGroup(SandboxPaths.Api).AddEndpointFilter(SandboxApi.Filter);
        api.MapSandboxUsers();
        api.MapSandboxAccounts();
        api.MapSandboxZones();
        api.MapSandboxBilling();
        api.MapFallback(() => SandboxApi.Error(404, ErrorCodes.NotFound, "No such API path."));
        endpoints.MapSandboxDashboard();
        endpoints.MapSandboxMailbox();
        return endpoints;
    }
}
