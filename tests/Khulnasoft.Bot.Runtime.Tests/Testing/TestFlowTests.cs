using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Testing;
using Khulnasoft.Bot.Runtime.Turns;

// GetNextReply (the SDK's synchronous dequeue) is exactly what these tests exercise.
#pragma warning disable CA1849

namespace Khulnasoft.Bot.Runtime.Tests.Testing;

public sealed class TestFlowTests
{
    private static Task Echo(ITurnContext turn, CancellationToken ct) =>
        turn.Activity.IsType(ActivityTypes.Message)
            ? turn.SendActivityAsync($"echo: {turn.Activity.Text}", cancellationToken: ct)
            : turn.SendActivityAsync($"got {turn.Activity.Type}", cancellationToken: ct);

    [Fact]
    public async Task PassingAssertions_Pass()
    {
        await new TestFlow(new TestAdapter(), Echo)
            .Send("hi").AssertReply("echo: hi")
            .Test("a", "echo: a")
            .Send("b").AssertReplyOneOf(["x", "echo: b"])
            .Send("c").AssertReplyContains("cho: ")
            .Send("d").AssertReply(new Activity { Type = ActivityTypes.Message, Text = "ECHO: D" }, (e, r) => string.Equals(e.Text, r.Text, StringComparison.OrdinalIgnoreCase))
            .SendConversationUpdate().AssertReply("got conversationUpdate")
            .AssertNoReply(timeout: 50)
            .StartTestAsync();
    }

    [Fact]
    public async Task NothingRuns_UntilTheTestIsStarted()
    {
        var turns = 0;
        var flow = new TestFlow(new TestAdapter(), (t, ct) =>
        {
            turns++;
            return Task.CompletedTask;
        }).Send("a").Send("b");
        Assert.Equal(0, turns);
        await flow.StartTestAsync();
        Assert.Equal(2, turns);
    }

    [Fact]
    public async Task AssertReply_WithTheWrongText_Throws_NamingExpectedAndReceived()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Send("hi").AssertReply("something else", "greeting");
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(flow.StartTestAsync);
        Assert.Contains("greeting", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Expected: 'something else'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Received: 'echo: hi'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertReply_WithTheWrongType_Throws()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Send("hi").AssertReply(new Activity { Type = ActivityTypes.Typing });
        await Assert.ThrowsAsync<InvalidOperationException>(flow.StartTestAsync);
    }

    [Fact]
    public async Task AssertReplyOneOf_AndContains_Throw_WhenNotMet()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(new TestFlow(new TestAdapter(), Echo).Send("hi").AssertReplyOneOf(["a", "b"]).StartTestAsync);
        await Assert.ThrowsAsync<InvalidOperationException>(new TestFlow(new TestAdapter(), Echo).Send("hi").AssertReplyContains("bye").StartTestAsync);
    }

    [Fact]
    public async Task AssertNoReply_Throws_WhenTheBotReplied()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Send("hi").AssertNoReply("quiet please", 50);
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(flow.StartTestAsync);
        Assert.Contains("quiet please", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertReply_WithNoReply_TimesOut()
    {
        var flow = new TestFlow(new TestAdapter(), (t, ct) => Task.CompletedTask).Send("hi").AssertReply("anything", "silence", 50);
        var ex = await Assert.ThrowsAsync<TimeoutException>(flow.StartTestAsync);
        Assert.Contains("silence", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationDelegate_FailuresPropagate()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Send("hi").AssertReply(r => Assert.Equal("nope", r.Text));
        await Assert.ThrowsAnyAsync<Exception>(flow.StartTestAsync);
    }

    [Fact]
    public async Task TestAdapter_CompletesActivities_FromTheDefaultReference()
    {
        var adapter = new TestAdapter();
        Activity? seen = null;
        await adapter.ProcessActivityAsync(new Activity { Text = "x", From = new ChannelAccount("someone", role: RoleTypes.Bot) }, (t, ct) =>
        {
            seen = t.Activity;
            return Task.CompletedTask;
        });
        Assert.NotNull(seen);
        Assert.Equal(ActivityTypes.Message, seen.Type);
        Assert.Equal("test", seen.ChannelId);
        Assert.Equal("user1", seen.From!.Id);
        Assert.Equal("bot", seen.Recipient!.Id);
        Assert.Equal("convo1", seen.Conversation!.Id);
        Assert.Equal("https://test.com", seen.ServiceUrl);
        Assert.Equal("0", seen.Id);
        Assert.NotNull(seen.Timestamp);
        Assert.Equal("1", adapter.MakeActivity("y").Id);
        Assert.Equal("en-us", adapter.MakeActivity().Locale);
        Assert.Equal("msteams", new TestAdapter("msteams").MakeActivity().ChannelId);
        var named = TestAdapter.CreateConversation("Named", "Ada", "MyBot");
        Assert.Equal(("named", "ada", "mybot"), (named.Conversation!.Id, named.User!.Id, named.Bot!.Id));
    }

    [Fact]
    public async Task TestAdapter_QueuesReplies_UpdatesAndDeletesThem_AndSkipsTraces()
    {
        var adapter = new TestAdapter();
        await adapter.SendTextToBotAsync("go", async (t, ct) =>
        {
            var first = await t.SendActivityAsync("one", cancellationToken: ct);
            await t.SendActivityAsync("two", cancellationToken: ct);
            await t.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" }, ct);
            var updated = Activity.CreateMessageActivity("one, edited");
            updated.Id = first!.Id;
            await t.UpdateActivityAsync(updated, ct);
            var third = await t.SendActivityAsync("three", cancellationToken: ct);
            await t.DeleteActivityAsync(third!.Id!, ct);
        });
        Assert.Equal(["one, edited", "two"], adapter.ActiveQueue.Select(a => a.Text));
        Assert.Equal("one, edited", adapter.GetNextReply()!.Text);
        Assert.Equal("two", adapter.GetNextReply()!.Text);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task GetNextReplyAsync_WaitsForTheNextSend_AndHonoursCancellation()
    {
        var adapter = new TestAdapter();
        var pending = adapter.GetNextReplyAsync();
        Assert.False(pending.IsCompleted);
        await adapter.SendTextToBotAsync("go", (t, ct) => t.SendActivityAsync("late", cancellationToken: ct));
        Assert.Equal("late", (await pending).Text);

        using var cts = new CancellationTokenSource();
        var cancelled = adapter.GetNextReplyAsync(cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await adapter.SendTextToBotAsync("go", (t, ct) => t.SendActivityAsync("kept", cancellationToken: ct));
        Assert.Equal("kept", adapter.GetNextReply()!.Text);
    }

    [Fact]
    public async Task DialogTestClient_RunsADialogTurnByTurn()
    {
        var dialog = new ComponentDialog("main");
        dialog.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("confirm", new PromptOptions { Prompt = Activity.CreateMessageActivity($"Delete {step.GetOptions<string>()}?") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("first", cancellationToken: ct);
                await step.Context.SendActivityAsync("second", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        dialog.AddDialog(new ConfirmPrompt("confirm"));
        var client = new DialogTestClient(Channels.Test, dialog, "ada.dev");

        var reply = await client.SendActivityAsync("delete my account");
        Assert.Equal("Delete ada.dev? (1) Yes or (2) No", reply!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);

        reply = await client.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["answer"] = "yes" } });
        Assert.Equal("first", reply!.Text);
        Assert.Equal("second", client.GetNextReply()!.Text);
        Assert.Null(client.GetNextReply());
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(true, client.DialogTurnResult.Result);
    }
}
