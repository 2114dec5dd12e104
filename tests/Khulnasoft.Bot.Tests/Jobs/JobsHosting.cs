using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// The lifecycle tests' host: the real host with Hangfire on a real Redis (its own key prefix per test unless given) and
/// short lifecycle delays, cases in the Redis storage, and the secrets a host outside Development needs. Two hosts
/// built with the same prefix behave like two instances of the service (or one instance restarted). With a
/// <see cref="FakeAccountApi"/> the host talks to it instead of the embedded sandbox; by default mail is recorded
/// (<see cref="RecordingEmailSender"/>) instead of sent.
/// </summary>
internal static class JobsHosting
{
    extension(BotTestHost)
    {
        public static BotTestHost ForJobs(string redisConnection, string prefix, FakeAccountApi? api, bool recordEmail = true, int port = 0)
        {
            var email = new RecordingEmailSender();
            var host = (port == 0 ? new BotTestHost() : BotTestHost.OnPort(port)).WithRedis(redisConnection, prefix).WithDeploymentSecrets("jobs-tests").WithPart(email)
                .WithSetting("Deletion:GracePeriod", "00:00:02")
                .WithSetting("Deletion:RetryBaseDelay", "00:00:01")
                .WithSetting("Deletion:MaxAttempts", "4")
                .WithSetting("Purge:Delay", "00:00:02")
                .WithSetting("Purge:LegalHoldRecheckInterval", "00:00:01");
            if (api is not null)
            {
                // The fake API counts calls and injects failures; without it the embedded sandbox serves the API.
                host.WithAccountApi(api.BaseUrl, "test-token")
                    .WithSetting("Khulnasoft:Resilience:MaxRetryAttempts", "1")
                    .WithSetting("Khulnasoft:Resilience:RetryBaseDelay", "00:00:00.100");
            }

            return recordEmail ? host.WithServices(services => services.AddSingleton<IDeletionEmailSender>(email)) : host;
        }

        /// <summary>
        /// A Staging host (no Development shortcuts) whose dashboard opens with Basic <c>ops</c> / <paramref name="password"/>,
        /// on <paramref name="port"/> when given (a free one otherwise).
        /// </summary>
        public static BotTestHost ForJobsInStaging(string redisConnection, FakeAccountApi api, string password, string? prefix = null, int port = 0) =>
            BotTestHost.ForJobs(redisConnection, prefix ?? BotTestHost.NewPrefix(), api, port: port).InEnvironment("Staging")
                .WithDeploymentSecrets("jobs-tests", receiptKey: true)
                .WithSetting("Jobs:Dashboard:Username", "ops")
                .WithSetting("Jobs:Dashboard:Password", password)
                .WithSetting("Deletion:GracePeriod", "01:00:00");
    }

    extension(BotTestHost host)
    {
        /// <summary>The mail the host sent (when it records mail).</summary>
        public RecordingEmailSender Email => host.Part<RecordingEmailSender>();

        public DeletionCaseStore Store => host.Cases;

        /// <summary>Opens a case for <paramref name="userId"/> and waits out its grace period (2 s here), so its deletion job does its work.</summary>
        public async Task<DeletionCase> RequestDueAsync(string userId)
        {
            var requested = await host.Scheduler.RequestAsync(
                new DeletionRequest(userId, ["acc_" + userId], null, null, DeletionActors.User(userId)), CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            return requested;
        }

        /// <summary>Runs one job by hand, in a scope of its own, as a Hangfire worker would.</summary>
        public async Task RunJobAsync<TJob>(Func<TJob, Task> run)
            where TJob : notnull
        {
            ArgumentNullException.ThrowIfNull(run);
            await using var scope = host.Services.CreateAsyncScope();
            await run(scope.ServiceProvider.GetRequiredService<TJob>());
        }
    }

    /// <summary>A Web Chat conversation served by <paramref name="channel"/> (where the lifecycle's notices go).</summary>
    public static ConversationReference Reference(FakeChannel channel, string conversationId) => new()
    {
        ChannelId = "webchat",
        ServiceUrl = channel.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = "user-" + conversationId },
        Bot = new ChannelAccount { Id = "bot" },
    };
}
