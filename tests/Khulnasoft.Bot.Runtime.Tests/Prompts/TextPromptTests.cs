using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.Prompts;

public sealed class TextPromptTests
{
    private static PromptOptions EmailOptions(int? maxAttempts = null) => new()
    {
        Prompt = Activity.CreateMessageActivity("What is the email on your account?"),
        RetryPrompt = Activity.CreateMessageActivity("That doesn't look like an email."),
        MaxAttempts = maxAttempts,
        TooManyAttemptsMessage = maxAttempts is null ? null : Activity.CreateMessageActivity("Let's stop here."),
    };

    private static Task<bool> RequiresAt(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value!.Contains('@', StringComparison.Ordinal));

    [Fact]
    public async Task ValidAnswer_EndsThePromptWithTheText_AndThePromptExpectsInput()
    {
        await PromptHarness.For(new TextPrompt("text"), EmailOptions()).Flow
            .Send("hi")
            .AssertReply(r =>
            {
                Assert.Equal("What is the email on your account?", r.Text);
                Assert.Equal(InputHints.ExpectingInput, r.InputHint);
            })
            .Send("ada@example.com").AssertReply("[Complete] ada@example.com")
            .StartTestAsync();
    }

    [Fact]
    public async Task InvalidAnswer_GetsTheRetryPrompt_WithExpectingInput()
    {
        await PromptHarness.For(new TextPrompt("text", RequiresAt), EmailOptions()).Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send("ada").AssertReply(r =>
            {
                Assert.Equal("That doesn't look like an email.", r.Text);
                Assert.Equal(InputHints.ExpectingInput, r.InputHint);
            })
            .Send("ada@example.com").AssertReply("[Complete] ada@example.com")
            .StartTestAsync();
    }

    [Fact]
    public async Task WithoutARetryPrompt_ThePromptIsSentAgain()
    {
        var options = new PromptOptions { Prompt = Activity.CreateMessageActivity("Email?") };
        await PromptHarness.For(new TextPrompt("text", RequiresAt), options).Flow
            .Send("hi").AssertReply("Email?")
            .Send("no").AssertReply("Email?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_SeesTheAttemptCount()
    {
        var seen = new List<int>();
        var prompt = new TextPrompt("text", (ctx, ct) =>
        {
            seen.Add(ctx.AttemptCount);
            return Task.FromResult(ctx.AttemptCount >= 3);
        });
        await PromptHarness.For(prompt, EmailOptions()).Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send("a").AssertReply("That doesn't look like an email.")
            .Send("b").AssertReply("That doesn't look like an email.")
            .Send("c").AssertReply("[Complete] c")
            .StartTestAsync();
        Assert.Equal([1, 2, 3], seen);
    }

    [Fact]
    public async Task AttemptLimit_SendsTheMessage_AndEndsWithNull()
    {
        await PromptHarness.For(new TextPrompt("text", RequiresAt), EmailOptions(maxAttempts: 2)).Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send("a").AssertReply("That doesn't look like an email.")
            .Send("b").AssertReply("Let's stop here.").AssertReply("[Complete] null")
            .StartTestAsync();
    }

    [Fact]
    public async Task IsLastAttempt_TellsTheValidatorAboutTheLimit()
    {
        var flags = new List<bool>();
        var prompt = new TextPrompt("text", (ctx, ct) =>
        {
            flags.Add(ctx.IsLastAttempt);
            return Task.FromResult(false);
        });
        await PromptHarness.For(prompt, EmailOptions(maxAttempts: 2)).Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send("a").AssertReply("That doesn't look like an email.")
            .Send("b").AssertReply("Let's stop here.").AssertReply("[Complete] null")
            .StartTestAsync();
        Assert.Equal([false, true], flags);
    }

    [Fact]
    public async Task NoRetryPrompt_WhenTheValidatorAlreadyReplied()
    {
        var prompt = new TextPrompt("text", async (ctx, ct) =>
        {
            await ctx.Context.SendActivityAsync("An email has an @ in it.", cancellationToken: ct);
            return false;
        });
        await PromptHarness.For(prompt, EmailOptions()).Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send("ada").AssertReply("An email has an @ in it.").AssertNoReply(timeout: 100)
            .StartTestAsync();
    }

    [Fact]
    public async Task NonMessageActivities_AreIgnoredAndNotCounted()
    {
        var seen = new List<int>();
        var prompt = new TextPrompt("text", (ctx, ct) =>
        {
            seen.Add(ctx.AttemptCount);
            return Task.FromResult(true);
        });
        await PromptHarness.For(prompt, EmailOptions()).Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send(new Activity { Type = ActivityTypes.Typing }).AssertNoReply(timeout: 100)
            .Send("x@y").AssertReply("[Complete] x@y")
            .StartTestAsync();
        Assert.Equal([1], seen);
    }

    [Fact]
    public async Task CardSubmit_AnswersWithTheConfiguredField_OrTheDefaultFields()
    {
        var options = EmailOptions();
        options.SubmitValueField = "email";
        await PromptHarness.For(new TextPrompt("text", RequiresAt), options).Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send(new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "submit", ["answer"] = "wrong@field" } })
            .AssertReply("That doesn't look like an email.")
            .Send(new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "submit", ["email"] = "ada@example.com" } })
            .AssertReply("[Complete] ada@example.com")
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginningAPromptWithoutPromptOptions_Throws()
    {
        var root = new Runtime.Dialogs.WaterfallDialog("w", [(step, ct) => step.BeginDialogAsync("text", "not options", ct)]);
        var harnessRoot = new Runtime.Dialogs.ComponentDialog("root");
        harnessRoot.AddDialog(root);
        harnessRoot.AddDialog(new TextPrompt("text"));
        var flow = new Tests.Dialogs.DialogHarness(harnessRoot).Flow.Send("go");
        await Assert.ThrowsAsync<ArgumentException>(flow.StartTestAsync);
    }
}
