using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.Bot.FaultTests.Results;
using Xunit.Abstractions;

namespace Khulnasoft.Bot.FaultTests.ScaleOut;

/// <summary>
/// Three hosts, one Redis: conversations whose every turn goes to another host lose and reorder nothing; two hosts
/// given turns of one conversation at the same moment run them one after the other; one activity delivered 20 times
/// at once across the hosts runs once and every delivery gets its answer.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ScaleOutTests(FaultLab lab, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => lab.HealAsync();

    public Task DisposeAsync() => lab.HealAsync();

    [Fact]
    public async Task TwoHundredConversations_AlternatingHostsEveryTurn_FinishWithNoReplyLostDuplicatedOrReordered()
    {
        const int Conversations = 200;
        var clock = Stopwatch.StartNew();
        var counters = new FaultCounters();
        using var concurrency = new SemaphoreSlim(12);

        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async i =>
        {
            await concurrency.WaitAsync();
            try
            {
                var user = await DirectLineUserClient.StartAsync(lab.Hosts[i % 3].Http, email: null);
                await CodeChain.RunOverDirectLineAsync(user, turn => lab.Hosts[(i + turn) % 3].Http, lab.Hosts[(i + 2) % 3].Http, counters);
            }
            finally
            {
                concurrency.Release();
            }
        }));

        output.WriteLine($"{counters.Turns} turns in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Empty(counters.ServerErrors);
        Assert.Empty(counters.WrongReplies);
        Assert.Empty(counters.Duplicates);
        Assert.Empty(counters.OutOfOrder);
        Assert.Equal(Conversations * CodeChain.Turns, counters.Turns);
        lab.Results.Add(new FaultResult("conversations alternating hosts every turn (Direct Line)", $"{Conversations} conversations × {CodeChain.Turns} turns, 12 at a time, 3 hosts",
            "none (scale-out)", counters.Turns, counters.WrongReplies.Count, counters.Duplicates.Count + counters.OutOfOrder.Count, counters.ServerErrors.Count, clock.Elapsed.TotalSeconds));
    }

    [Fact]
    public async Task TwoHostsGivenTurnsOfOneConversationAtOnce_RunThemOneAfterTheOther()
    {
        const int Races = 4;
        var clock = Stopwatch.StartNew();
        var interleaved = 0;
        for (var race = 0; race < Races; race++)
        {
            var user = await DeletionConversation.StartAsync(lab.A.Http, lab.Sandbox.NextUser().Email, lab.Sandbox);
            await user.AskAsync(lab.C.Http);

            // Both at once: "yes" confirms the identity (4 replies), the other "yes" then answers the invoice question.
            var first = lab.Hosts[race % 3].Http;
            var second = lab.Hosts[(race + 1) % 3].Http;
            var posts = await Task.WhenAll(user.User.SendAsync(first, "yes"), user.User.SendAsync(second, "yes"));
            Assert.All(posts, p => Assert.Equal(HttpStatusCode.OK, p.Status));

            var transcript = await user.User.TranscriptAsync(lab.Hosts[(race + 2) % 3].Http);
            var answers = transcript.Where(a => a["replyToId"] is not null && a["from"]?["role"]?.GetValue<string>() == "bot").Skip(1).ToList();
            var blocks = answers.Select(a => a["replyToId"]!.GetValue<string>()).Aggregate(new List<string>(), (list, id) =>
            {
                if (list.Count == 0 || list[^1] != id)
                {
                    list.Add(id);
                }

                return list;
            });
            output.WriteLine($"race {race}: " + string.Join(" | ", answers.Select(a => a["replyToId"]!.GetValue<string>()[^3..] + ": " + Cards.Seen(a)[..Math.Min(60, Cards.Seen(a).Length)])));
            interleaved += blocks.Count - blocks.Distinct().Count();
            Assert.Equal(2, blocks.Distinct().Count());
            Cards.AssertSays(answers, "What deleting your account would remove", "1 of 1 required steps done", "Everything required is done", "Your invoices");
        }

        Assert.Equal(0, interleaved);
        lab.Results.Add(new FaultResult("two hosts racing on one conversation", $"{Races} conversations, 2 simultaneous turns each on 2 hosts",
            "concurrent delivery", Races * 2, 0, 0, 0, clock.Elapsed.TotalSeconds));
    }

    [Fact]
    public async Task TheSameActivity20TimesAtOnceAcrossHosts_RunsOnce_AndEveryDeliveryGetsTheSameAnswer()
    {
        var clock = Stopwatch.StartNew();
        var counters = new FaultCounters();
        var conversation = new ChannelConversation("dup-" + Guid.NewGuid().ToString("N")[..8]);
        var steps = CodeChain.For(conversation.ConversationId + "@dup.fault.example");
        await SayAsync(conversation, steps[0], counters);
        await SayAsync(conversation, steps[1], counters);

        // A wrong code uses up one attempt: run twice, the next wrong code would be told no attempts are left.
        var duplicated = conversation.Message(steps[2].Say);
        var deliveries = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => ChannelConversation.DeliverAsync(lab.Hosts[i % 3].Http, duplicated)));

        Assert.All(deliveries, d => Assert.True(d.Status == HttpStatusCode.OK, $"HTTP {(int)d.Status} {d.Body}"));
        var answers = deliveries.Select(d => JsonNode.Parse(d.Body)!["activities"]!.AsArray()).ToList();
        Assert.All(answers, a => Assert.Contains(steps[2].Expect, Cards.Seen(Assert.IsType<JsonObject>(Assert.Single(a))), StringComparison.Ordinal));
        await SayAsync(conversation, steps[3], counters);
        await SayAsync(conversation, steps[4], counters);
        Assert.Empty(counters.WrongReplies);
        lab.Results.Add(new FaultResult("duplicate delivery: one activity id 20× at once", "1 conversation, 20 simultaneous deliveries on 3 hosts",
            "re-delivery", 4 + deliveries.Length, counters.WrongReplies.Count, 0, deliveries.Count(d => (int)d.Status >= 500), clock.Elapsed.TotalSeconds));
    }

    private async Task SayAsync(ChannelConversation conversation, (string Say, string Expect) step, FaultCounters counters)
    {
        var replies = await ChannelConversation.DeliverUntilAcceptedAsync(attempt => lab.Hosts[attempt % 3].Http, conversation.Message(step.Say), counters, TimeSpan.FromSeconds(1));
        if (replies.Count != 1 || !Cards.Seen(replies[0]).Contains(step.Expect, StringComparison.Ordinal))
        {
            counters.WrongReply($"expected \"{step.Expect}\", got " + string.Join(" | ", replies.Select(Cards.Seen)));
        }
    }
}
