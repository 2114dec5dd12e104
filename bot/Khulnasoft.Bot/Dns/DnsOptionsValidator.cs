using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Dns;

/// <summary>Checks <see cref="DnsOptions"/> at start-up.</summary>
internal sealed class DnsOptionsValidator : IValidateOptions<DnsOptions>
{
    public ValidateOptionsResult Validate(string? name, DnsOptions options)
    {
        var failures = new List<string>();
        foreach (var server in options.Servers)
        {
            if (!DnsServerAddress.TryParse(server, out _))
            {
                failures.Add($"Dns:Servers: \"{server}\" is not an IP address with an optional port (e.g. 10.0.0.2 or 127.0.0.1:5353).");
            }
        }

        if (options.Timeout < TimeSpan.FromMilliseconds(100) || options.Timeout > TimeSpan.FromMinutes(1))
        {
            failures.Add("Dns:Timeout must be between 00:00:00.1 and 00:01:00.");
        }

        if (options.AuthoritativePort is < 1 or > 65535)
        {
            failures.Add("Dns:AuthoritativePort must be between 1 and 65535.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
