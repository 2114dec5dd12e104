using System.Net;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// The real host (Program) on Kestrel with Hangfire on a real Redis (its own key prefix per test) and short
/// lifecycle delays. Two hosts built with the same prefix and the same <see cref="Storage"/> behave like two
/// instances of the service (or one instance restarted).
/// </summary>
public sealed class JobsHost : WebApplicationFactory<Program>
{
    public JobsHost(string redisConnection, string prefix, IStorage storage, FakeAccountApi api)
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Storage = storage;
        Settings["Storage:RedisConnection"] = redisConnection;
        Settings["Jobs:RedisPrefix"] = prefix;
        Settings["Jobs:SchedulePollingInterval"] = "00:00:01";
        Settings["Deletion:GracePeriod"] = "00:00:02";
        Settings["Deletion:RetryBaseDelay"] = "00:00:01";
        Settings["Deletion:MaxAttempts"] = "4";
        Settings["Purge:Delay"] = "00:00:02";
        Settings["Purge:LegalHoldRecheckInterval"] = "00:00:01";
        Settings["Khulnasoft:ApiBaseUrl"] = api.BaseUrl;
        Settings["Khulnasoft:ServiceToken"] = "test-token";
        Settings["Sandbox:Enabled"] = "false";
    }

    public string Environment { get; init; } = "Development";

    public Dictionary<string, string?> Settings { get; } = [];

    public IStorage Storage { get; }

    public RecordingEmailSender Email { get; } = new();

    public DeletionScheduler Scheduler => Services.GetRequiredService<DeletionScheduler>();

    public DeletionCaseStore Store => Services.GetRequiredService<DeletionCaseStore>();

    public static ConversationReference Reference(FakeChannel channel, string conversationId) => new()
    {
        ChannelId = "webchat",
        ServiceUrl = channel.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = "user-" + conversationId },
        Bot = new ChannelAccount { Id = "bot" },
    };

    /// <summary>Starts the host (and its Hangfire server).</summary>
    public JobsHost Start()
    {
        StartServer();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Storage);
            services.AddSingleton<IDeletionEmailSender>(Email);
        });
    }
}
