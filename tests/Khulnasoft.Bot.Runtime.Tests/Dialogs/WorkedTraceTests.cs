using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.Dialogs;

/// <summary>The worked trace of protocol doc §7.12, turn by turn, with the stored stack checked after each turn.</summary>
public sealed class WorkedTraceTests
{
    private const string Help = "Say yes to delete your account, or no to keep it.";

    private static InterruptibleComponentDialog MainDialog()
    {
        var main = new InterruptibleComponentDialog("MainDialog") { HelpText = Help };
        main.AddDialog(new WaterfallDialog("W",
        [
            (step, ct) => step.PromptAsync("C", new PromptOptions
            {
                Prompt = Activity.CreateMessageActivity("Are you sure?"),
                RetryPrompt = Activity.CreateMessageActivity("Please answer yes or no. Are you sure?"),
            }, ct),
            (step, ct) => step.EndDialogAsync("done", ct),
        ]));
        main.AddDialog(new ConfirmPrompt("C"));
        return main;
    }

    private static void IsYesNoSuggestedPrompt(Activity reply, string text)
    {
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(text, reply.Text);
        Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
        Assert.Equal(["Yes", "No"], reply.SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.All(reply.SuggestedActions.Actions!, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    private static JsonElement Inner(JsonElement rootStack)
    {
        Assert.Equal(1, rootStack.GetArrayLength());
        Assert.Equal("MainDialog", rootStack[0].GetProperty("id").GetString());
        return rootStack[0].GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
    }

    [Fact]
    public async Task Trace_7_12_TurnByTurn()
    {
        var harness = new DialogHarness(MainDialog(), channelId: "directline");

        // Turn 1: empty stack → begin MainDialog → W step0 → ConfirmPrompt C with Yes/No suggested actions.
        await harness.Flow.Send("delete my account").AssertReply(r => IsYesNoSuggestedPrompt(r, "Are you sure?")).StartTestAsync();
        var inner = Inner(await harness.StoredStackAsync());
        Assert.Equal(["C", "W"], inner.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(0, inner[0].GetProperty("state").GetProperty("state").GetProperty("AttemptCount").GetInt32());
        Assert.Equal(0, inner[1].GetProperty("state").GetProperty("stepIndex").GetInt32());
        Assert.Equal(DialogTurnStatus.Waiting, harness.Results[^1].Status);

        // Turn 2: "maybe" is not recognised → AttemptCount 1, retry prompt.
        await harness.Flow.Send("maybe").AssertReply(r => IsYesNoSuggestedPrompt(r, "Please answer yes or no. Are you sure?")).AssertNoReply(timeout: 100).StartTestAsync();
        inner = Inner(await harness.StoredStackAsync());
        Assert.Equal(1, inner[0].GetProperty("state").GetProperty("state").GetProperty("AttemptCount").GetInt32());
        Assert.Equal(DialogTurnStatus.Waiting, harness.Results[^1].Status);

        // Turn 3: "help" is handled by the interruption; C is not called, AttemptCount stays 1.
        await harness.Flow.Send("help").AssertReply(Help).AssertNoReply(timeout: 100).StartTestAsync();
        inner = Inner(await harness.StoredStackAsync());
        Assert.Equal(["C", "W"], inner.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(1, inner[0].GetProperty("state").GetProperty("state").GetProperty("AttemptCount").GetInt32());
        Assert.Equal(DialogTurnStatus.Waiting, harness.Results[^1].Status);

        // Turn 4: "yes" → C ends with true → W step1 → "done" → MainDialog completes; the stack is empty.
        await harness.Flow.Send("yes").AssertReply("[Complete] done").StartTestAsync();
        Assert.Equal(0, (await harness.StoredStackAsync()).GetArrayLength());
        Assert.Equal(DialogTurnStatus.Complete, harness.Results[^1].Status);
        Assert.Equal("done", harness.Results[^1].Result);

        // Turn 5: a card submit (no text) → nothing to continue → MainDialog begins again.
        var submit = new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "anything" } };
        await harness.Flow.Send(submit).AssertReply(r => IsYesNoSuggestedPrompt(r, "Are you sure?")).StartTestAsync();
        Assert.Equal(["C", "W"], Inner(await harness.StoredStackAsync()).EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(DialogTurnStatus.Waiting, harness.Results[^1].Status);
    }
}
