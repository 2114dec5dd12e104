using System.Collections.Concurrent;
using Khulnasoft.Bot.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Khulnasoft.Bot.Tests.Accounts;

/// <summary>
/// A misbehaving account API: a real Kestrel server on loopback answering each request with the next scripted
/// answer (the last one repeats). Also builds a client pointed at it with short resilience delays.
/// </summary>
internal sealed class ScriptedApiServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> script = new();
    private readonly WebApplication app;
    private readonly IHost clientHost;
    private Func<HttpContext, Task>? last;
    private int requests;

    private ScriptedApiServer(WebApplication app, IHost clientHost)
    {
        this.app = app;
        this.clientHost = clientHost;
    }

    public int Requests => Volatile.Read(ref requests);

    public KhulnasoftApiClient Client => clientHost.Services.GetRequiredService<KhulnasoftApiClient>();

    public static Task<ScriptedApiServer> StartAsync(params Func<HttpContext, Task>[] answers) => StartAsync(new Dictionary<string, string?>(), answers);

    public static async Task<ScriptedApiServer> StartAsync(IDictionary<string, string?> settings, params Func<HttpContext, Task>[] answers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        ScriptedApiServer? server = null;
        app.Run(async context =>
        {
            Interlocked.Increment(ref server!.requests);
            var answer = server.script.TryDequeue(out var next) ? (server.last = next) : server.last!;
            await answer(context);
        });
        await app.StartAsync();

        var clientBuilder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        clientBuilder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Khulnasoft:ApiBaseUrl"] = $"{app.Urls.First()}/client/v4",
            ["Khulnasoft:ServiceToken"] = "test-token",
            // Generous by default so a slow first request on a loaded machine is never retried by accident;
            // the hanging-server test passes its own short timeouts.
            ["Khulnasoft:Resilience:AttemptTimeout"] = "00:00:10",
            ["Khulnasoft:Resilience:TotalTimeout"] = "00:00:30",
            ["Khulnasoft:Resilience:MaxRetryAttempts"] = "2",
            ["Khulnasoft:Resilience:RetryBaseDelay"] = "00:00:00.020",
            ["Khulnasoft:Resilience:MaxRetryDelay"] = "00:00:02",
            ["Khulnasoft:Resilience:CircuitBreakerMinimumThroughput"] = "100",
        });
        clientBuilder.Configuration.AddInMemoryCollection(settings);
        clientBuilder.AddAccounts();
        var clientHost = clientBuilder.Build();
        server = new ScriptedApiServer(app, clientHost);
        foreach (var answer in answers)
        {
            server.script.Enqueue(answer);
        }

        return server;
    }

    public static Func<HttpContext, Task> Json(int status, string body, params (string Name, string Value)[] headers) => async context =>
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, context.RequestAborted);
    };

    public static Func<HttpContext, Task> Hang() => async context =>
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // the client gave up, as it should
        }
    };

    public async ValueTask DisposeAsync()
    {
        clientHost.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
