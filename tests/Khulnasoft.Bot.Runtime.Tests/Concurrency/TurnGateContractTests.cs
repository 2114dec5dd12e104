using Khulnasoft.Bot.Runtime.Dialogs;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

/// <summary>What the turn gate guarantees within one host, run with Redis and with the in-process store.</summary>
public abstract class TurnGateContractTests
{
    protected abstract Task<GatedPipeline> CreatePipelineAsync();

    protected static string NewConversation() => $"conv-{Guid.NewGuid():N}";

    [Fact]
    public async Task SameActivityTwice_Sequentially_RunsOnce()
    {
        await using var bot = await CreatePipelineAsync();
        var conversation = NewConversation();
        await bot.SendAsync(GatedPipeline.Message(conversation, "a1", "hello"));
        await bot.SendAsync(GatedPipeline.Message(conversation, "a1", "hello"));

        Assert.Equal(1, bot.BotRuns);
        Assert.Single(bot.Adapter.Sent);
        var progress = await bot.ReadProgressAsync(conversation);
        Assert.Equal(1, progress!.Count);
    }

    [Fact]
    public async Task SameInvokeTwice_WhileTheFirstRuns_RunsOnceAndBothGetTheOriginalResponse()
    {
        await using var bot = await CreatePipelineAsync();
        var conversation = NewConversation();
        await bot.SendAsync(GatedPipeline.Message(conversation, "m1", "first"));
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.DuringTurn = async _ =>
        {
            entered.TrySetResult();
            await release.Task;
        };

        var original = bot.SendAsync(GatedPipeline.Invoke(conversation, "i1", "adaptiveCard/action"));
        await entered.Task;
        var duplicate = bot.SendAsync(GatedPipeline.Invoke(conversation, "i1", "adaptiveCard/action"));
        Assert.False(duplicate.IsCompleted);
        release.SetResult();
        var answers = await Task.WhenAll(original, duplicate);

        Assert.Equal(2, bot.BotRuns);
        Assert.All(answers, a =>
        {
            Assert.Equal(200, a.InvokeResponse!.Status);
            Assert.Equal(2, (int)a.InvokeResponse.Body!["count"]!);
        });
    }

    [Fact]
    public async Task InvokeDeliveredAgainLater_ReturnsTheOriginalInvokeResponse()
    {
        await using var bot = await CreatePipelineAsync();
        var conversation = NewConversation();
        var first = await bot.SendAsync(GatedPipeline.Invoke(conversation, "i1", "adaptiveCard/action"));
        await bot.SendAsync(GatedPipeline.Message(conversation, "m2", "later"));
        var again = await bot.SendAsync(GatedPipeline.Invoke(conversation, "i1", "adaptiveCard/action"));

        Assert.Equal(2, bot.BotRuns);
        Assert.Equal(1, (int)first.InvokeResponse!.Body!["count"]!);
        Assert.Equal(1, (int)again.InvokeResponse!.Body!["count"]!);
    }

    [Fact]
    public async Task ExpectRepliesDeliveredAgain_ReturnsTheSameReplies()
    {
        await using var bot = await CreatePipelineAsync();
        var conversation = NewConversation();
        var first = await bot.SendAsync(GatedPipeline.Message(conversation, "e1", "hi", DeliveryModes.ExpectReplies));
        var again = await bot.SendAsync(GatedPipeline.Message(conversation, "e1", "hi", DeliveryModes.ExpectReplies));

        Assert.Equal(1, bot.BotRuns);
        Assert.Equal(["turn 1"], first.Replies.Select(r => r.Text));
        Assert.Equal(["turn 1"], again.Replies.Select(r => r.Text));
        Assert.Empty(bot.Adapter.Sent);
    }

    [Fact]
    public async Task TurnThatThrows_SavesNothing_AndTheNextTurnRuns()
    {
        await using var bot = await CreatePipelineAsync();
        var conversation = NewConversation();
        await bot.SendAsync(GatedPipeline.Message(conversation, "t1", "one"));
        bot.DuringTurn = ctx => ctx.Activity.Text == "boom" ? throw new InvalidOperationException("boom") : Task.CompletedTask;

        await Assert.ThrowsAsync<InvalidOperationException>(() => bot.SendAsync(GatedPipeline.Message(conversation, "t2", "boom")));
        await bot.SendAsync(GatedPipeline.Message(conversation, "t3", "three"));

        var progress = await bot.ReadProgressAsync(conversation);
        Assert.Equal(2, progress!.Count);
        Assert.Equal(["one", "three"], progress.Steps);
        Assert.Equal(0, bot.Gate.ActiveConversations);
    }

    [Fact]
    public async Task ConcurrentTurnsOfOneConversation_RunOneAtATimeInArrivalOrder()
    {
        await using var bot = await CreatePipelineAsync();
        var conversation = NewConversation();
        var other = NewConversation();
        var running = 0;
        var overlap = false;
        bot.DuringTurn = async ctx =>
        {
            if (ctx.Activity.Conversation!.Id == conversation && Interlocked.Increment(ref running) > 1)
            {
                overlap = true;
            }

            await Task.Yield();
            if (ctx.Activity.Conversation!.Id == conversation)
            {
                Interlocked.Decrement(ref running);
            }
        };

        var turns = Enumerable.Range(0, 15)
            .SelectMany(i => new[]
            {
                bot.SendAsync(GatedPipeline.Message(conversation, $"m{i}", $"m{i}")),
                bot.SendAsync(GatedPipeline.Message(other, $"o{i}", $"o{i}")),
            })
            .ToList();
        await Task.WhenAll(turns);

        Assert.False(overlap);
        var progress = await bot.ReadProgressAsync(conversation);
        Assert.Equal(15, progress!.Count);
        Assert.Equal(Enumerable.Range(0, 15).Select(i => $"m{i}"), progress.Steps);
        Assert.Equal(15, (await bot.ReadProgressAsync(other))!.Count);
        Assert.Equal(0, bot.Gate.ActiveConversations);
    }

    [Fact]
    public async Task StateKeptByTheInstance_IsUsedForTheConversationsNextTurn_AndADuplicateLeavesItKept()
    {
        await using var bot = await CreatePipelineAsync();
        var conversation = NewConversation();
        var seen = new List<Progress>();
        bot.DuringTurn = async ctx => seen.Add((await bot.Progress.GetAsync(ctx, () => new Progress()))!);

        await bot.SendAsync(GatedPipeline.Message(conversation, "c1", "one"));
        Assert.Equal(1, bot.Gate.CachedStates); // the conversation state (the user state was never stored)
        await bot.SendAsync(GatedPipeline.Message(conversation, "c1", "one"));
        Assert.Equal(1, bot.Gate.CachedStates);
        await bot.SendAsync(GatedPipeline.Message(conversation, "c2", "two"));

        Assert.Equal(2, seen.Count);
        Assert.Same(seen[0], seen[1]);
        var progress = await bot.ReadProgressAsync(conversation);
        Assert.Equal(2, progress!.Count);
        Assert.Equal(["one", "two"], progress.Steps);
    }

    [Fact]
    public async Task AFinishedConversationsState_IsNotKept_AndItsNextTurnReadsItFromStorage()
    {
        await using var bot = await CreatePipelineAsync();
        var conversation = NewConversation();
        var stack = bot.ConversationState.CreateProperty<DialogState>("DialogState");
        var seen = new List<int>();
        Task RunAsync(string id, params string[] dialogs) => bot.Adapter.ProcessAsync(GatedPipeline.Message(conversation, id, id), async (ctx, ct) =>
        {
            seen.Add((await stack.GetAsync(ctx, () => new DialogState(), ct))!.DialogStack.Count);
            await stack.SetAsync(ctx, new DialogState([.. dialogs.Select(d => new DialogInstance(d))]), ct);
        });

        await RunAsync("f1", "steps", "TextPrompt");
        Assert.Equal(1, bot.Gate.CachedStates);
        await RunAsync("f2");
        Assert.Equal(0, bot.Gate.CachedStates);
        await RunAsync("f3", "steps");

        Assert.Equal([0, 2, 0], seen);
        Assert.Equal(1, bot.Gate.CachedStates);
    }

    [Fact]
    public async Task TurnThatThrowsAfterChangingKeptState_TheNextTurnRunsOnTheStoredState()
    {
        await using var bot = await CreatePipelineAsync();
        var conversation = NewConversation();
        await bot.SendAsync(GatedPipeline.Message(conversation, "k1", "one"));
        await bot.SendAsync(GatedPipeline.Message(conversation, "k2", "two"));
        bot.DuringTurn = async ctx =>
        {
            if (ctx.Activity.Text == "boom")
            {
                var kept = await bot.Progress.GetAsync(ctx, () => new Progress());
                kept!.Count += 100;
                kept.Steps.Add("lost");
                throw new InvalidOperationException("boom");
            }
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => bot.SendAsync(GatedPipeline.Message(conversation, "k3", "boom")));
        await bot.SendAsync(GatedPipeline.Message(conversation, "k4", "four"));

        var progress = await bot.ReadProgressAsync(conversation);
        Assert.Equal(3, progress!.Count);
        Assert.Equal(["one", "two", "four"], progress.Steps);
        Assert.Equal(["turn 1", "turn 2", "turn 3"], bot.Adapter.Sent.Select(a => a.Text).Where(t => t!.StartsWith("turn", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StateWrittenBehindTheGate_IsWhatTheNextTurnSees_NotTheKeptCopy()
    {
        await using var bot = await CreatePipelineAsync();
        var conversation = NewConversation();
        var seen = new List<Progress>();
        bot.DuringTurn = async ctx => seen.Add((await bot.Progress.GetAsync(ctx, () => new Progress()))!);
        await bot.SendAsync(GatedPipeline.Message(conversation, "e1", "one"));
        await bot.SendAsync(GatedPipeline.Message(conversation, "e2", "two"));

        // Another writer (a job, an admin tool, another instance) changes the stored state with its ETag.
        var key = $"test/conversations/{conversation}";
        var stored = (await bot.Storage.ReadAsync<StateDocument>([key]))[key];
        stored.Values["progress"] = JsonSerializer.SerializeToElement(new Progress { Count = 10, Steps = ["elsewhere"] }, StorageJson.Options);
        await bot.Storage.WriteAsync(new Dictionary<string, object> { [key] = stored });
        await bot.SendAsync(GatedPipeline.Message(conversation, "e3", "three"));

        Assert.NotSame(seen[1], seen[2]);
        var progress = await bot.ReadProgressAsync(conversation);
        Assert.Equal(11, progress!.Count);
        Assert.Equal(["elsewhere", "three"], progress.Steps);
    }
}
