using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Hosting;

/// <summary>
/// <c>builder.AddSharedKeyRing()</c>: with <c>Storage:RedisConnection</c> set, the ASP.NET data protection key ring
/// (anti-forgery tokens of the dashboard and the ops console) lives in Redis under
/// <c>{Storage:KeyPrefix}dataprotection:keys</c>, under one application name, so every instance behind a load
/// balancer accepts what another one issued and a restarted container keeps its keys (no sticky sessions, no volume).
/// Without Redis (Development) ASP.NET's default, a directory on the machine's disk, stays.
/// </summary>
public static class SharedKeyRing
{
    public const string ApplicationName = "Khulnasoft.Bot";
    public const string RedisKeySuffix = "dataprotection:keys";

    public static IHostApplicationBuilder AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var protection = builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{RedisStorageOptions.SectionName}:{nameof(RedisStorageOptions.RedisConnection)}"]))
        {
            return builder;
        }

        // The repository asks for the database on each read and write: the host's one connection, opened while it starts.
        protection.Services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, services) =>
        {
            var key = new RedisKey(services.GetRequiredService<RedisStorageOptions>().KeyPrefix + RedisKeySuffix);
            options.XmlRepository = new RedisXmlRepository(() => services.GetRequiredService<IConnectionMultiplexer>().GetDatabase(), key);
        });
        return builder;
    }
}
