using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Benchmarks.Runtime;

/// <summary>
/// <c>server --urls URL [--redis host:port]</c>: the benchmark bot on our runtime (POST /api/messages, anonymous auth,
/// so run it with ASPNETCORE_ENVIRONMENT=Development), state in memory or in Redis.
/// </summary>
public static class RuntimeServer
{
    public static async Task<int> RunAsync(string[] args, string? redis, bool adapterOnly = false)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        if (redis is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:RedisConnection"] = redis });
        }

        builder.AddBotRuntime();
        if (adapterOnly)
        {
            builder.Services.AddSingleton<IBot, AdapterOnlyBot>();
        }
        else
        {
            builder.AddBotState();
            builder.Services.AddSingleton<PlanDialog>();
            builder.Services.AddSingleton<IBot, PlanBot>();
        }

        var app = builder.Build();
        app.MapBotMessages();
        app.MapCpu();
        await app.RunAsync();
        return 0;
    }
}
