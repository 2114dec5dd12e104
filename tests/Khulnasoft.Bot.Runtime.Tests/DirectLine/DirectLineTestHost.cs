using System.Net.Http.Headers;
using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>
/// A real Kestrel server on a free loopback port with the Direct Line server, <see cref="TestChannelAdapter"/> and
/// <see cref="RecordingBot"/>. The clock is a <see cref="FakeTimeProvider"/> so token expiry is tested without waiting.
/// </summary>
public sealed class DirectLineTestHost : IAsyncDisposable
{
    public const string Secret = "test-directline-secret-0123456789abcdef";

    private readonly WebApplication _app;

    private DirectLineTestHost(WebApplication app, FakeTimeProvider clock, RecordingBot bot, int port)
    {
        _app = app;
        Clock = clock;
        Bot = bot;
        BaseUrl = $"http://127.0.0.1:{port}";
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl + "/v3/directline/") };
    }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    public FakeTimeProvider Clock { get; }

    public RecordingBot Bot { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<DirectLineTestHost> StartAsync(
        IConnectionMultiplexer? redis = null,
        FakeTimeProvider? clock = null,
        IDictionary<string, string?>? settings = null,
        string environment = "Development")
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var config = new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:KeepAliveInterval"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(clock);
        if (redis is not null)
        {
            builder.Services.AddSingleton(redis);
        }

        var bot = new RecordingBot();
        builder.Services.AddSingleton<IBot>(bot);
        builder.Services.AddSingleton<BotAdapter, TestChannelAdapter>();
        builder.AddDirectLine();
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapDirectLine();
        await app.StartAsync();
        return new DirectLineTestHost(app, clock, bot, port);
    }

    /// <summary>An HttpRequestMessage with the bearer credential set.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string bearer, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
