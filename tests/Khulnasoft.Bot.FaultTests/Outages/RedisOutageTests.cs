using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.Bot.FaultTests.Results;
using Xunit.Abstractions;

namespace Khulnasoft.Bot.FaultTests.Outages;

/// <summary>
/// redis-server killed for 10 s in the middle of a load on three hosts, then started again from its append-only
/// file: meanwhile every turn is answered 503 with Retry-After (never 500), /readyz reports Redis unhealthy, and once
/// Redis is back every conversation goes on where it was: no turn lost or run twice.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class RedisOutageTests(FaultLab lab, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Conversations = 24;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    public Task InitializeAsync() => lab.HealAsync();

    public Task DisposeAsync() => lab.HealAsync();

    [Fact]
    public async Task RedisDown10Seconds_TurnsGet503WithRetryAfter_ReadyzSaysSo_AndEveryConversationResumesWithNothingLost()
    {
        var clock = Stopwatch.StartNew();
        var counters = new FaultCounters();
        var run = Guid.NewGuid().ToString("N")[..8];
        var load = Task.WhenAll(Enumerable.Range(0, Conversations).Select(async i =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(60 * i));
            await CodeChain.RunAsync(new ChannelConversation($"outage-{run}-{i}"), (turn, attempt) => lab.Hosts[(i + turn + attempt) % 3].Http,
                counters, thinkTime: TimeSpan.FromMilliseconds(400), maxRetryAfter: TimeSpan.FromSeconds(5));
        }));

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(load.IsCompleted, "the load must still run when Redis goes down");
        await lab.Redis.KillAsync();
        var down = Stopwatch.StartNew();
        var turnsBefore = counters.Turns;
        await Task.Delay(TimeSpan.FromSeconds(2));
        var readiness = await Task.WhenAll(lab.Hosts.Select(h => ReadyzAsync(h.Http)));
        await Task.Delay(Outage - down.Elapsed);
        await lab.Redis.RestartAsync();
        await load.WaitAsync(TimeSpan.FromSeconds(120));
        var readinessAfter = await Task.WhenAll(lab.Hosts.Select(h => ReadyzAsync(h.Http)));

        output.WriteLine($"turns {counters.Turns} (before the outage {turnsBefore}), 503 retried {counters.Retried}, refused connections {counters.ConnectionFailures}");
        foreach (var problem in counters.ServerErrors.Concat(counters.WrongReplies).Concat(counters.Duplicates))
        {
            output.WriteLine(problem);
        }

        Assert.All(readiness, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status));
        Assert.All(readiness, r => Assert.Equal("Unhealthy", r.Body["checks"]?["redis"]?["status"]?.GetValue<string>()));
        Assert.All(readinessAfter, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Empty(counters.ServerErrors);
        Assert.Empty(counters.WrongReplies);
        Assert.Empty(counters.Duplicates);
        Assert.Equal(Conversations * CodeChain.Turns, counters.Turns);
        Assert.True(counters.Retried > 0, "the outage hit turns in flight");
        Assert.All(lab.Hosts, h => Assert.True(h.IsRunning));
        lab.Results.Add(new FaultResult("Redis down during load (SIGKILL, restarted from its AOF after 10 s)",
            $"{Conversations} conversations × {CodeChain.Turns} turns on 3 hosts", $"redis-server killed for {Outage.TotalSeconds:0} s; {counters.Retried} answers 503 + Retry-After, re-delivered",
            counters.Turns, counters.WrongReplies.Count, counters.Duplicates.Count, counters.ServerErrors.Count, clock.Elapsed.TotalSeconds));
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> ReadyzAsync(HttpClient host)
    {
        using var response = await host.GetAsync(new Uri("/readyz", UriKind.Relative));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
