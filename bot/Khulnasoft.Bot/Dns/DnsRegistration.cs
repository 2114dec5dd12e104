using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Dns;

/// <summary>
/// Registers the DNS lookups (<see cref="DelegationLookup"/>, <see cref="CnameLookup"/>) and the safety guard over
/// them (<see cref="ZoneDnsGuard"/>, read by the prerequisites) with <c>Dns</c> settings validated at start.
/// </summary>
public static class DnsRegistration
{
    public static IHostApplicationBuilder AddDns(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DnsOptions>()
            .Bind(builder.Configuration.GetSection(DnsOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DnsOptions>, DnsOptionsValidator>();
        builder.Services.AddSingleton<DnsResolver>();
        builder.Services.AddSingleton<DelegationLookup>();
        builder.Services.AddSingleton<CnameLookup>();
        builder.Services.AddSingleton<ZoneDnsGuard>();
        return builder;
    }
}
