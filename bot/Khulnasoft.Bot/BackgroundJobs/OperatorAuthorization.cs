using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>
/// Decides whether a request may use operator surfaces (the Hangfire dashboard, the audit export): a loopback
/// request in Development, configured basic-auth credentials, or an authenticated user in the configured role.
/// Nothing else, so the dashboard is never open to the world.
/// </summary>
public sealed class OperatorAuthorization(IOptions<JobsOptions> options, IHostEnvironment environment)
{
    public const string Realm = "Basic realm=\"khulnasoft-operators\", charset=\"UTF-8\"";

    public bool IsAuthorized(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (environment.IsDevelopment() && context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote))
        {
            return true;
        }

        var dashboard = options.Value.Dashboard;
        if (!string.IsNullOrEmpty(dashboard.Role) && context.User.Identity?.IsAuthenticated == true && context.User.IsInRole(dashboard.Role))
        {
            return true;
        }

        return !string.IsNullOrEmpty(dashboard.Username) && !string.IsNullOrEmpty(dashboard.Password)
            && BasicCredentialsMatch(context.Request.Headers.Authorization.ToString(), dashboard.Username, dashboard.Password);
    }

    private static bool BasicCredentialsMatch(string header, string username, string password)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(header[6..].Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = Encoding.UTF8.GetBytes(username + ":" + password);
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(decoded), SHA256.HashData(expected));
    }
}
