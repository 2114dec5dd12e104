using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.Bot.FaultTests.Results;
using Xunit.Abstractions;

namespace Khulnasoft.Bot.FaultTests.Fuzz;

/// <summary>
/// A fuzz pass with a fixed seed over <c>/api/messages</c> and Direct Line's <c>/activities</c> of running hosts:
/// every answer is a handled turn (200; 501 for an invoke the bot has no answer for, as the SDK does) or a 4xx with
/// a JSON error (problem+json; Direct Line's error object), never a 500; the hosts are alive at the end.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class FuzzTests(FaultLab lab, ITestOutputHelper output) : IAsyncLifetime
{
    private const int PerEndpoint = 1500;
    private const int Seed = 20261206;

    public Task InitializeAsync() => lab.HealAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public Task MutatedActivities_AreHandledOrRefusedWithA4xx_Never500_AndTheHostsStayUp() => FuzzAsync(badDates: true, loneSurrogates: true);

    private async Task FuzzAsync(bool badDates, bool loneSurrogates)
    {
        var clock = Stopwatch.StartNew();
        var fuzzer = new ActivityFuzzer(Seed, badDates, loneSurrogates);
        var failures = new List<string>();
        var statuses = new Dictionary<string, int>();
        var users = new List<DirectLineUserClient>();
        for (var i = 0; i < 8; i++)
        {
            users.Add(await DirectLineUserClient.StartAsync(lab.Hosts[i % 3].Http, i % 2 == 0 ? null : lab.Sandbox.NextUser().Email));
        }

        var tokens = await Task.WhenAll(users.Select((u, i) => u.TokenAsync(lab.Hosts[i % 3].Http)));
        var requests = new List<(string Endpoint, HttpRequestMessage Request, string Body)>();
        for (var n = 0; n < PerEndpoint; n++)
        {
            var conversation = $"fuzz-{n % 16}";
            var body = fuzzer.Next(() => new JsonObject
            {
                ["type"] = "message",
                ["id"] = $"fuzz-{n}",
                ["channelId"] = "emulator",
                ["serviceUrl"] = "http://127.0.0.1:9/",
                ["conversation"] = new JsonObject { ["id"] = conversation },
                ["from"] = new JsonObject { ["id"] = "user-" + conversation },
                ["recipient"] = new JsonObject { ["id"] = "khulnasoft-bot" },
                ["locale"] = "en-US",
                ["timestamp"] = "2026-01-02T03:04:05.678Z",
                ["localTimestamp"] = "2026-01-02T04:04:05.678+01:00",
                ["deliveryMode"] = "expectReplies",
            });
            requests.Add(("api/messages", new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") }, body));

            var user = n % users.Count;
            var dlBody = fuzzer.Next(() => new JsonObject
            {
                ["type"] = "message",
                ["from"] = new JsonObject { ["id"] = "visitor" },
                ["localTimestamp"] = "2026-01-02T04:04:05.678+01:00",
                ["channelData"] = new JsonObject { ["clientActivityID"] = $"c{n}" },
            });
            var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{users[user].ConversationId}/activities") { Content = new StringContent(dlBody, Encoding.UTF8, "application/json") };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[user]);
            requests.Add(("directline", post, dlBody));
        }

        using var concurrency = new SemaphoreSlim(8);
        var index = 0;
        await Task.WhenAll(requests.Select(async r =>
        {
            await concurrency.WaitAsync();
            try
            {
                var host = lab.Hosts[Interlocked.Increment(ref index) % 3];
                using var request = r.Request;
                using var response = await host.Http.SendAsync(request);
                var status = (int)response.StatusCode;
                var type = response.Content.Headers.ContentType?.MediaType;
                lock (statuses)
                {
                    statuses[$"{r.Endpoint} {status}"] = statuses.GetValueOrDefault($"{r.Endpoint} {status}") + 1;
                }

                var handled = status is 200 or 501 || (status == 503 && response.Headers.RetryAfter is not null);
                var refused = status is >= 400 and < 500 && type is "application/problem+json" or "application/json";
                if (!handled && !refused)
                {
                    lock (failures)
                    {
                        failures.Add($"{r.Endpoint} → {status} {type}: {r.Body[..Math.Min(400, r.Body.Length)]}");
                    }
                }
            }
            finally
            {
                concurrency.Release();
            }
        }));

        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        output.WriteLine(string.Join("\n", failures.Take(20)));
        Assert.Empty(failures);
        foreach (var host in lab.Hosts)
        {
            Assert.True(host.IsRunning, host.Name + " crashed");
            Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        }

        lab.Results.Add(new FaultResult($"fuzz: mutated activities (seed {Seed})", $"{PerEndpoint} to /api/messages + {PerEndpoint} to Direct Line, 8 at a time, 3 hosts",
            "malformed and hostile input", requests.Count, 0, 0, failures.Count, clock.Elapsed.TotalSeconds));
    }
}
