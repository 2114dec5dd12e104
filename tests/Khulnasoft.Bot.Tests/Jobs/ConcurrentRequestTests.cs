using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>Confirming twice at the same moment — a double click, or two instances on one Redis — opens one case.</summary>
[Collection(JobsRedisCollection.Name)]
public sealed class ConcurrentRequestTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";
    private FakeAccountApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeAccountApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task TwoHostsOnOneRedis_RequestingForTheSameUserAtOnce_OpenExactlyOneCase()
    {
        await using var first = BotTestHost.ForJobs(redis.ConnectionString, _prefix, _api).WithSetting("Deletion:GracePeriod", "1.00:00:00").Start();
        await using var second = BotTestHost.ForJobs(redis.ConnectionString, _prefix, _api).WithSetting("Deletion:GracePeriod", "1.00:00:00").Start();
        var requests = Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? first : second).Scheduler.RequestAsync(
            new DeletionRequest("usr_race", ["acc_race"], null, null, DeletionActors.User("usr_race")), CancellationToken.None));

        var cases = await Task.WhenAll(requests);

        Assert.Single(cases.Select(c => c.CaseId).Distinct());
        var stored = await first.Scheduler.GetHistoryForUserAsync("usr_race", CancellationToken.None);
        var only = Assert.Single(stored);
        Assert.Equal(DeletionCaseState.Scheduled, only.State);
        Assert.True(only.AuditIntact);
    }
}
