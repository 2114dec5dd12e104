using System.Net;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.Channels;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// The real host (Program) on Kestrel with Hangfire on a real Redis (its own key prefix per test) and short
/// lifecycle delays; cases in the Redis IStorage. Two hosts built with the same prefix behave like two instances of
/// the service (or one instance restarted).
/// </summary>
public sealed class JobsHost : WebApplicationFactory<Program>
{
    public JobsHost(string redisConnection, string prefix, FakeAccountApi? api)
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Settings["Storage:RedisConnection"] = redisConnection;
        Settings["Storage:KeyPrefix"] = prefix;
        Settings["Jobs:RedisPrefix"] = prefix + "hangfire:";
        Settings["Jobs:SchedulePollingInterval"] = "00:00:01";
        Settings["Deletion:GracePeriod"] = "00:00:02";
        Settings["Deletion:RetryBaseDelay"] = "00:00:01";
        Settings["Deletion:MaxAttempts"] = "4";
        Settings["Purge:Delay"] = "00:00:02";
        Settings["Purge:LegalHoldRecheckInterval"] = "00:00:01";
        // Outside Development the host requires a real Direct Line secret (see DirectLineOptionsValidator).
        Settings["DirectLine:Secret"] = "jobs-tests-directline-secret-0123456789";
        // ... and a shared one-time code hash key (see OneTimeCodeOptionsValidator).
        Settings["OneTimeCodes:HashKey"] = "am9icy10ZXN0cy1vbmUtdGltZS1jb2RlLWhhc2gta2V5IQ==";
        Settings["Deletion:EmailHashKey"] = "am9icy10ZXN0cy1lbWFpbC1oYXNoLWtleS0zMi1ieXRlcyE=";
        // ... and a secret invoice signing key (see FileDeliveryOptionsValidator).
        Settings["Invoices:SigningKey"] = "jobs-tests-invoice-signing-key-0123456789";
        if (api is not null)
        {
            // The fake API counts calls and injects failures; without it the embedded sandbox serves the API.
            Settings["Khulnasoft:ApiBaseUrl"] = api.BaseUrl;
            Settings["Khulnasoft:ServiceToken"] = "test-token";
            Settings["Khulnasoft:Resilience:MaxRetryAttempts"] = "1";
            Settings["Khulnasoft:Resilience:RetryBaseDelay"] = "00:00:00.100";
            Settings["Sandbox:Enabled"] = "false";
            Settings["Mail:Smtp:Host"] = "127.0.0.1";
            Settings["Mail:Smtp:Port"] = "25";
        }
    }

    public string Environment { get; init; } = "Development";

    /// <summary>A Staging host (no Development shortcuts) whose dashboard opens with Basic <c>ops</c> / <paramref name="password"/>.</summary>
    public static JobsHost Staging(string redisConnection, FakeAccountApi api, string password)
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var host = new JobsHost(redisConnection, $"test:{Guid.NewGuid():N}:", api) { Environment = "Staging" };
        host.Settings["Jobs:Dashboard:Username"] = "ops";
        host.Settings["Jobs:Dashboard:Password"] = password;
        host.Settings["Receipts:SigningKey"] = key.ExportPkcs8PrivateKeyPem();
        host.Settings["Deletion:GracePeriod"] = "01:00:00";
        return host;
    }

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Changes to the host's services, applied after Program's (call before <see cref="Start"/>).</summary>
    public List<Action<IServiceCollection>> ServiceChanges { get; } = [];

    public RecordingEmailSender Email { get; } = new();

    /// <summary>False: mail goes through the real sender (to the sandbox's SMTP server and mailbox).</summary>
    public bool RecordEmail { get; init; } = true;

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

    /// <summary>Opens a case for <paramref name="userId"/> and waits out its grace period (2 s here), so its deletion job does its work.</summary>
    public async Task<DeletionCase> RequestDueAsync(string userId)
    {
        var requested = await Scheduler.RequestAsync(
            new DeletionRequest(userId, ["acc_" + userId], null, null, DeletionActors.User(userId)), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        return requested;
    }

    /// <summary>Runs one job by hand, in a scope of its own, as a Hangfire worker would.</summary>
    public async Task RunJobAsync<TJob>(Func<TJob, Task> run)
        where TJob : notnull
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var scope = Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

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
            if (RecordEmail)
            {
                services.AddSingleton<IDeletionEmailSender>(Email);
            }

            foreach (var change in ServiceChanges)
            {
                change(services);
            }
        });
    }
}
