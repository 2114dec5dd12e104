using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Testing;

namespace Khulnasoft.Bot.Runtime.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    private static ComponentDialog ProfileDialog()
    {
        var root = new ComponentDialog("profile");
        root.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = Activity.CreateMessageActivity("Your name?") }, ct),
            async (step, ct) =>
            {
                step.Values["name"] = step.Result;
                return await step.PromptAsync("number", new PromptOptions { Prompt = Activity.CreateMessageActivity("How many domains?") }, ct);
            },
            async (step, ct) =>
            {
                step.Values["domains"] = step.Result;
                await step.Context.SendActivityAsync($"{step.Values.GetValue<string>("name")} has {step.Values.GetValue<int>("domains")} domains", cancellationToken: ct);
                return await step.EndDialogAsync(step.Values.GetValue<string>("name"), ct);
            },
        ]));
        root.AddDialog(new TextPrompt("text"));
        root.AddDialog(new NumberPrompt<int>("number"));
        return root;
    }

    [Fact]
    public async Task Waterfall_CollectsValuesAcrossTurns_AndEndsWithTheLastStepsResult()
    {
        var harness = new DialogHarness(ProfileDialog());
        await harness.Flow
            .Send("hi").AssertReply("Your name?")
            .Send("Ada").AssertReply("How many domains?")
            .Send("I have 3").AssertReply("Ada has 3 domains").AssertReply("[Complete] Ada")
            .Send("again").AssertReply("Your name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_StepsWaitingOnEndOfTurn_GetTheNextMessagesText()
    {
        var dialog = new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("say something", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]);
        await new DialogHarness(dialog).Flow
            .Send("start").AssertReply("say something")
            .Send("the words").AssertReply("[Complete] the words")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_SkipsToTheNextStep_AndASecondCallThrows()
    {
        InvalidOperationException? second = null;
        var dialog = new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                var result = await step.NextAsync(41, ct);
                second = await Assert.ThrowsAsync<InvalidOperationException>(() => step.NextAsync(null, ct));
                return result;
            },
            (step, ct) =>
            {
                Assert.Equal(DialogReason.NextCalled, step.Reason);
                return step.EndDialogAsync((int)step.Result! + 1, ct);
            },
        ]);
        await new DialogHarness(dialog).Flow.Send("go").AssertReply("[Complete] 42").StartTestAsync();
        Assert.NotNull(second);
    }

    [Fact]
    public async Task ReplaceDialog_LoopsTheWaterfall_WithoutResumingTheParent()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("loop",
        [
            async (step, ct) =>
            {
                var count = step.GetOptions<int>();
                await step.Context.SendActivityAsync($"round {count}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                var count = step.GetOptions<int>();
                return string.Equals((string?)step.Result, "stop", StringComparison.Ordinal)
                    ? await step.EndDialogAsync($"stopped after {count}", ct)
                    : await step.ReplaceDialogAsync("loop", count + 1, ct);
            },
        ]));
        await new DialogHarness(root).Flow
            .Send("go").AssertReply("round 0")
            .Send("more").AssertReply("round 1")
            .Send("more").AssertReply("round 2")
            .Send("stop").AssertReply("[Complete] stopped after 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancelAllDialogs_EndsThisLevelAndResumesTheParent_OrWithCancelParentsEndsEverything()
    {
        var ended = new List<string>();
        var root = new RecordingComponent("root", ended);
        var inner = new RecordingComponent("inner", ended);
        inner.AddDialog(new WaterfallDialog("innerSteps",
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = Activity.CreateMessageActivity("inner question") }, ct),
            (step, ct) => string.Equals((string?)step.Result, "all", StringComparison.Ordinal) ? step.CancelAllDialogsAsync(true, null, null, ct) : step.CancelAllDialogsAsync(ct),
        ]));
        inner.AddDialog(new TextPrompt("text"));
        root.AddDialog(new WaterfallDialog("outerSteps", [(step, ct) => step.BeginDialogAsync("inner", null, ct), (step, ct) => step.EndDialogAsync($"resumed with {step.Result ?? "null"}", ct)]));
        root.AddDialog(inner);
        var harness = new DialogHarness(root);
        await harness.Flow
            .Send("go").AssertReply("inner question")
            .Send("just this level").AssertReply("[Complete] resumed with null")
            .Send("go").AssertReply("inner question")
            .Send("all").AssertReply("[Cancelled] null")
            .StartTestAsync();
        Assert.Equal(0, (await harness.StoredStackAsync()).GetArrayLength());
        Assert.Equal(["inner:EndCalled", "root:EndCalled", "inner:CancelCalled", "root:CancelCalled"], ended);
    }

    [Fact]
    public async Task ComponentsNest_AndAChildsResultResumesTheParentStep()
    {
        var child = new ComponentDialog("child");
        child.AddDialog(new WaterfallDialog("childSteps",
        [
            (step, ct) => step.PromptAsync("confirm", new PromptOptions { Prompt = Activity.CreateMessageActivity("Sure?") }, ct),
            (step, ct) => step.EndDialogAsync((bool)step.Result! ? "child said yes" : "child said no", ct),
        ]));
        child.AddDialog(new ConfirmPrompt("confirm"));
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("rootSteps",
        [
            (step, ct) => step.BeginDialogAsync("child", null, ct),
            (step, ct) => step.EndDialogAsync($"root got: {step.Result}", ct),
        ]));
        root.AddDialog(child);
        var harness = new DialogHarness(root);
        await harness.Flow
            .Send("go").AssertReply("Sure? (1) Yes or (2) No")
            .StartTestAsync();
        var stack = await harness.StoredStackAsync();
        var rootInner = stack[0].GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
        Assert.Equal(["child", "rootSteps"], rootInner.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var childInner = rootInner[0].GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
        Assert.Equal(["confirm", "childSteps"], childInner.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        await harness.Flow.Send("no").AssertReply("[Complete] root got: child said no").StartTestAsync();
    }

    [Fact]
    public async Task CardSubmit_AnswersAWaterfallStep_WithItsValue()
    {
        var dialog = new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("pick on the card", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.EndDialogAsync(((JsonObject)step.Result!)["plan"]!.GetValue<string>(), ct),
        ]);
        var submit = new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "choosePlan", ["plan"] = "Pro" } };
        await new DialogHarness(dialog).Flow
            .Send("start").AssertReply("pick on the card")
            .Send(submit).AssertReply("[Complete] Pro")
            .StartTestAsync();
    }

    [Fact]
    public async Task NonMessageActivities_DoNotAdvanceAWaterfall()
    {
        var dialog = new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("waiting", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]);
        await new DialogHarness(dialog).Flow
            .Send("start").AssertReply("waiting")
            .Send(new Activity { Type = ActivityTypes.Event, Name = "ping" }).AssertNoReply(timeout: 200)
            .Send("now").AssertReply("[Complete] now")
            .StartTestAsync();
    }

    [Fact]
    public async Task DialogState_SurvivesANewConversationStateOnTheSameStorage()
    {
        var storage = new MemoryStorage();
        await new DialogHarness(ProfileDialog(), storage: storage).Flow
            .Send("hi").AssertReply("Your name?")
            .Send("Ada").AssertReply("How many domains?")
            .StartTestAsync();

        // A fresh dialog, adapter and ConversationState, as after a restart: only the storage is shared.
        await new DialogHarness(ProfileDialog(), storage: storage).Flow
            .Send("7").AssertReply("Ada has 7 domains").AssertReply("[Complete] Ada")
            .StartTestAsync();
    }

    [Fact]
    public void DialogState_RoundTripsThroughJsonText_WithValuesOptionsAndAttemptCounts()
    {
        var state = new DialogState();
        var prompt = new DialogInstance("confirm");
        prompt.State["options"] = new PromptOptions { Prompt = Activity.CreateMessageActivity("Sure?"), MaxAttempts = 3, Choices = Runtime.Choices.Choice.FromValues("a", "b") };
        prompt.State["state"] = new Dictionary<string, object?> { ["AttemptCount"] = 2 };
        var waterfall = new DialogInstance("steps");
        waterfall.State["values"] = new Dictionary<string, object?> { ["email"] = "ada@example.com", ["count"] = 3, ["big"] = 5_000_000_000L, ["ratio"] = 0.5, ["ok"] = true };
        waterfall.State["stepIndex"] = 1;
        state.DialogStack.Add(prompt);
        state.DialogStack.Add(waterfall);

        var json = JsonSerializer.Serialize(state, StorageJson.Options);
        var back = JsonSerializer.Deserialize<DialogState>(json, StorageJson.Options)!;

        Assert.Contains("\"dialogStack\"", json, StringComparison.Ordinal);
        Assert.Equal(["confirm", "steps"], back.DialogStack.Select(d => d.Id));
        var options = back.DialogStack[0].State.GetValue<PromptOptions>("options")!;
        Assert.Equal("Sure?", options.Prompt!.Text);
        Assert.Equal(3, options.MaxAttempts);
        Assert.Equal(["a", "b"], options.Choices!.Select(c => c.Value));
        Assert.Equal(2, back.DialogStack[0].State.GetValue<Dictionary<string, object?>>("state")!.GetValue<int>("AttemptCount"));
        var values = (Dictionary<string, object?>)back.DialogStack[1].State["values"]!;
        Assert.Equal("ada@example.com", values["email"]);
        Assert.Equal(3, values["count"]);
        Assert.Equal(5_000_000_000L, values["big"]);
        Assert.Equal(0.5, values["ratio"]);
        Assert.Equal(true, values["ok"]);
        Assert.Equal(1, back.DialogStack[1].State["stepIndex"]);
        Assert.Equal(json, JsonSerializer.Serialize(back, StorageJson.Options));
    }

    [Fact]
    public async Task BeginDialog_WithAnUnknownId_Throws()
    {
        var dialog = new WaterfallDialog("w", [(step, ct) => step.BeginDialogAsync("missing", null, ct)]);
        var flow = new DialogHarness(dialog).Flow.Send("go");
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(flow.StartTestAsync);
        Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DialogSet_RenamesADifferentDialogWithATakenId()
    {
        var set = new DialogSet();
        var first = new TextPrompt("ask");
        var second = new TextPrompt("ask");
        set.Add(first).Add(first).Add(second);
        Assert.Equal("ask", first.Id);
        Assert.Equal("ask2", second.Id);
        Assert.Same(second, set.Find("ask2"));
    }

    private sealed class RecordingComponent(string id, List<string> ended) : ComponentDialog(id)
    {
        protected override Task OnEndDialogAsync(Turns.ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        {
            ended.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task EachWaterfallRun_GetsItsOwnGuidInstanceId()
    {
        var dialog = new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync((string)step.ActiveDialog!.State["instanceId"]!, cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var ids = new List<string>();
        await new DialogHarness(dialog).Flow
            .Send("one").AssertReply(a => ids.Add(a.Text!)).AssertReplyContains("[Complete]")
            .Send("two").AssertReply(a => ids.Add(a.Text!)).AssertReplyContains("[Complete]")
            .StartTestAsync();

        Assert.Equal(2, ids.Count);
        Assert.All(ids, id => Assert.True(Guid.TryParseExact(id, "D", out _), id));
        Assert.NotEqual(ids[0], ids[1]);
    }
}
