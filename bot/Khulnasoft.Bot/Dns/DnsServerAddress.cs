using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace Khulnasoft.Bot.Dns;

/// <summary>Parses one <c>Dns:Servers</c> entry: an IP address, with an optional port (53 when absent).</summary>
internal static class DnsServerAddress
{
    public const int DefaultPort = 53;

    public static bool TryParse(string? value, [NotNullWhen(true)] out IPEndPoint? endpoint)
    {
        endpoint = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (!IPEndPoint.TryParse(value.Trim(), out var parsed))
        {
            return false;
        }

        endpoint = parsed.Port == 0 ? new IPEndPoint(parsed.Address, DefaultPort) : parsed;
        return true;
    }
}
