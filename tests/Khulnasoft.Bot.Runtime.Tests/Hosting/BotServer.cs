using System.Net.Http.Headers;
using System.Text;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Runtime.Tests.Hosting;

/// <summary>A real host of the runtime on a loopback port (Kestrel), running <see cref="TestBot"/>.</summary>
public sealed class BotServer : IAsyncDisposable
{
    private BotServer(WebApplication app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public TurnLog Log => App.Services.GetRequiredService<TurnLog>();

    public CloudAdapter Adapter => App.Services.GetRequiredService<CloudAdapter>();

    public static async Task<BotServer> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, string environment = "Development")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Fast retries keep the tests quick; the behaviour (count, Retry-After) is the same.
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.050",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddBotRuntime();
        builder.Services.AddSingleton<TurnLog>();
        builder.Services.AddTransient<IBot, TestBot>();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapBotMessages();
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new BotServer(app, client);
    }

    public Task<HttpResponseMessage> PostAsync(string json, string? authorization = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, contentType),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
