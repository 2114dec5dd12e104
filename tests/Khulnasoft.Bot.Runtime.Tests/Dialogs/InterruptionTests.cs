using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.Dialogs;

public sealed class InterruptionTests
{
    private static (InterruptibleComponentDialog Dialog, List<int> Attempts) EmailDialog()
    {
        var attempts = new List<int>();
        var main = new InterruptibleComponentDialog("main") { HelpText = "HELP", CancelText = "CANCELLED", StatusText = "STATUS" };
        main.Commands["stopp"] = InterruptibleComponentDialog.CancelCommand;
        main.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("email", new PromptOptions
            {
                Prompt = Activity.CreateMessageActivity("What is the email on your account?"),
                RetryPrompt = Activity.CreateMessageActivity("That doesn't look like an email."),
            }, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        main.AddDialog(new TextPrompt("email", (prompt, ct) =>
        {
            attempts.Add(prompt.AttemptCount);
            return Task.FromResult(prompt.Recognized.Value?.Contains('@', StringComparison.Ordinal) == true);
        }));
        return (main, attempts);
    }

    private static Activity Submit(string action) =>
        new() { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = action } };

    [Fact]
    public async Task HelpMidPrompt_AnswersAndKeepsTheAttemptCount_ForTextAndCardSubmits()
    {
        var (dialog, attempts) = EmailDialog();
        await new DialogHarness(dialog).Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send("nope").AssertReply("That doesn't look like an email.")
            .Send("Help!").AssertReply("HELP")
            .Send(Submit("help")).AssertReply("HELP")
            .Send("<at>Bot</at> ?").AssertReply("HELP")
            .Send("still nope").AssertReply("That doesn't look like an email.")
            .Send("ada@example.com").AssertReply("[Complete] ada@example.com")
            .StartTestAsync();
        Assert.Equal([1, 2, 3], attempts);
    }

    [Fact]
    public async Task Status_Answers_AndTheDialogContinues()
    {
        var (dialog, _) = EmailDialog();
        await new DialogHarness(dialog).Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send("status").AssertReply("STATUS")
            .Send(Submit("status")).AssertReply("STATUS")
            .Send("ada@example.com").AssertReply("[Complete] ada@example.com")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("Quit")]
    [InlineData("abbrechen")]
    [InlineData("stopp")]
    public async Task CancelText_EndsEverything(string word)
    {
        var (dialog, attempts) = EmailDialog();
        var harness = new DialogHarness(dialog);
        await harness.Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send(word).AssertReply("CANCELLED").AssertReply("[Cancelled] null")
            .StartTestAsync();
        Assert.Equal(0, (await harness.StoredStackAsync()).GetArrayLength());
        Assert.Empty(attempts);
    }

    [Fact]
    public async Task CancelCardSubmit_EndsEverything()
    {
        var (dialog, _) = EmailDialog();
        var harness = new DialogHarness(dialog);
        await harness.Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send(Submit("cancel")).AssertReply("CANCELLED").AssertReply("[Cancelled] null")
            .Send("hi again").AssertReply("What is the email on your account?")
            .StartTestAsync();
    }

    [Fact]
    public async Task ACardSubmitWithoutACommand_GoesToThePrompt()
    {
        var (dialog, attempts) = EmailDialog();
        await new DialogHarness(dialog).Flow
            .Send("hi").AssertReply("What is the email on your account?")
            .Send(new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "submitEmail", ["answer"] = "ada@example.com" } })
            .AssertReply("[Complete] ada@example.com")
            .StartTestAsync();
        Assert.Equal([1], attempts);
    }
}
