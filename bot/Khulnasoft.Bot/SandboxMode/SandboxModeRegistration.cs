using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Dns;
using Khulnasoft.Bot.Mail;
using Khulnasoft.Bot.WebChat;
using Khulnasoft.Sandbox;

namespace Khulnasoft.Bot.SandboxMode;

/// <summary>
/// Host composition of sandbox mode (<see cref="SandboxMode"/>: Development by default, never Production). Switches
/// the sandbox project on and points the product at it exactly as at the real services, each only where the setting
/// was left empty: the account API client at <c>/sandbox/api/v4</c> on this host (over real HTTP), mail at the
/// sandbox's SMTP server, the checklist's dashboard links at <c>/sandbox/dash</c>, DNS lookups at the sandbox's DNS
/// server, and Web Chat's demo-user sign-in on.
/// </summary>
public static class SandboxModeRegistration
{
    public static IHostApplicationBuilder AddSandboxMode(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSandbox();
        if (!builder.IsSandboxEnabled())
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<KhulnasoftApiOptions>().PostConfigure<SandboxServers>((o, sandbox) =>
        {
            if (string.IsNullOrWhiteSpace(o.ApiBaseUrl))
            {
                o.ApiBaseUrl = SandboxPaths.Api;
            }

            if (string.IsNullOrWhiteSpace(o.ServiceToken))
            {
                o.ServiceToken = sandbox.ServiceToken;
            }
        });
        services.AddOptions<MailOptions>().PostConfigure<SandboxServers>((o, sandbox) =>
        {
            if (string.IsNullOrWhiteSpace(o.Smtp.Host))
            {
                o.Smtp.Host = sandbox.Host;
                o.Smtp.Port = sandbox.SmtpPort;
                o.Smtp.UseTls = false;
            }
        });
        services.AddOptions<DnsOptions>().PostConfigure<SandboxServers>((o, sandbox) =>
        {
            if (o.Servers.Count == 0)
            {
                o.Servers.Add($"{sandbox.Host}:{sandbox.DnsPort}");
                o.AuthoritativePort = sandbox.DnsPort;
            }
        });

        // Configure, not PostConfigure: it runs before the conversation's own post-configured production default.
        services.AddOptions<ConversationOptions>().Configure(o =>
        {
            if (string.IsNullOrWhiteSpace(o.DashboardBaseUrl))
            {
                o.DashboardBaseUrl = SandboxPaths.Dashboard;
            }
        });
        services.AddOptions<WebChatOptions>().Configure(o => o.DemoUsers = true);
        return builder;
    }

    public static IEndpointRouteBuilder MapSandboxMode(this IEndpointRouteBuilder endpoints) => endpoints.MapSandbox();
}
