using System.Net;
using System.Security.Claims;
using System.Text;
using Khulnasoft.Bot.BackgroundJobs;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// Who the operator is, for the audit: the signed-in user's name (OpenID Connect), the Basic user name, or, for a
/// loopback request in Development, <c>local</c>. Null when the request may not use the console
/// (<see cref="OperatorAuthorization"/> decides).
/// </summary>
public sealed class OperatorIdentity(OperatorAuthorization authorization)
{
    public string? NameOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!authorization.IsAuthorized(context))
        {
            return null;
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            return context.User.FindFirstValue("preferred_username") ?? context.User.Identity.Name ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "signed-in";
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                return decoded[..Math.Max(0, decoded.IndexOf(':', StringComparison.Ordinal))];
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip) ? "local" : null;
    }
}
