using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Bot.Tests.Channels;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.FileDelivery;

/// <summary>
/// The real host (Program, Development, embedded sandbox as the account API) on Kestrel on a loopback port, with
/// <see cref="FileDeliveryTestBot"/> as the bot, a <see cref="FakeChannel"/> as the channel's Connector (the
/// activities' serviceUrl) and an <see cref="UploadServer"/> as the OneDrive upload target. Turns are driven over
/// real HTTP through <c>POST /api/messages</c> (anonymous in Development).
/// </summary>
public abstract class FileDeliveryHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    protected FileDeliveryHost() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public Dictionary<string, string?> Settings { get; } = [];

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
        StartServer();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        Browser.Dispose();
        await DisposeAsync();
        await Channel.DisposeAsync();
        await Uploads.DisposeAsync();
        await AfterStopAsync();
    }

    /// <summary>Posts an activity to the messaging endpoint, as a channel does.</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity)
    {
        using var client = CreateClient();
        return await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    /// <summary>Starts what the host's settings must point at (e.g. an account API in front of the sandbox).</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    protected virtual Task AfterStopAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Results);
            services.AddTransient<IBot, FileDeliveryTestBot>();
        });
    }
}
