using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.FileDelivery;

/// <summary>
/// A <see cref="BotTestHost"/> (Development, embedded sandbox as the account API) with <see cref="FileDeliveryTestBot"/>
/// as the bot, a <see cref="FakeChannel"/> as the channel's Connector (the activities' serviceUrl) and an
/// <see cref="UploadServer"/> as the OneDrive upload target. Turns are driven over real HTTP through
/// <c>POST /api/messages</c> (anonymous in Development). A class fixture: one host per test class.
/// </summary>
public abstract class FileDeliveryFixture : IAsyncLifetime
{
    public BotTestHost Host { get; } = new();

    public Dictionary<string, string?> Settings => Host.Settings;

    public IServiceProvider Services => Host.Services;

    public DeliveryResults Results { get; } = new();

    public FakeChannel Channel { get; private set; } = null!;

    public UploadServer Uploads { get; private set; } = null!;

    /// <summary>A plain HTTP client, like a user's browser following a link.</summary>
    public HttpClient Browser { get; } = new();

    async Task IAsyncLifetime.InitializeAsync()
    {
        Channel = await FakeChannel.StartAsync();
        Uploads = await UploadServer.StartAsync();
        await BeforeStartAsync();
        Host.WithServices(services =>
        {
            services.AddSingleton(Results);
            services.AddTransient<IBot, FileDeliveryTestBot>();
        }).Start();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        Browser.Dispose();
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Uploads.DisposeAsync();
        await AfterStopAsync();
    }

    public HttpClient CreateClient() => Host.CreateClient();

    /// <summary>Posts an activity to the messaging endpoint, as a channel does.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity) => Host.PostActivityAsync(activity);

    /// <summary>Starts what the host's settings must point at (e.g. an account API in front of the sandbox).</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    protected virtual Task AfterStopAsync() => Task.CompletedTask;
}
