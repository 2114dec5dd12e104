using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.Prompts;

public sealed class ConfirmPromptTests
{
    private static PromptOptions Sure() => new() { Prompt = Activity.CreateMessageActivity("Confirm deletion?") };

    [Theory]
    [InlineData("yes", "true")]
    [InlineData("Yeah, sure", "true")]
    [InlineData("ok", "true")]
    [InlineData("1", "true")]
    [InlineData("no", "false")]
    [InlineData("nope", "false")]
    [InlineData("2", "false")]
    public async Task English(string answer, string expected)
    {
        await PromptHarness.For(new ConfirmPrompt("confirm"), Sure()).Flow
            .Send("hi").AssertReply("Confirm deletion? (1) Yes or (2) No")
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("ja", "true")]
    [InlineData("Jawohl!", "true")]
    [InlineData("klar", "true")]
    [InlineData("na klar", "true")]
    [InlineData("nein", "false")]
    [InlineData("ne", "false")]
    [InlineData("nee danke", "false")]
    [InlineData("auf keinen Fall", "false")]
    public async Task German(string answer, string expected)
    {
        await PromptHarness.For(new ConfirmPrompt("confirm"), Sure(), locale: "de-DE").Flow
            .Send("hallo").AssertReply("Confirm deletion? (1) Ja oder (2) Nein")
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task OnWebChat_YesNoAreSuggestedActions_AndUnclearAnswersRetry()
    {
        await PromptHarness.For(new ConfirmPrompt("confirm"), Sure(), Channels.Webchat).Flow
            .Send("hi").AssertReply(r =>
            {
                Assert.Equal("Confirm deletion?", r.Text);
                Assert.Equal(["Yes", "No"], r.SuggestedActions!.Actions!.Select(a => a.Title));
            })
            .Send("not sure").AssertReply(r => Assert.Equal("Confirm deletion?", r.Text))
            .Send("Yes").AssertReply("[Complete] true")
            .StartTestAsync();
    }

    [Fact]
    public async Task CardSubmit_WithABooleanOrAWord_AnswersTheConfirmPrompt()
    {
        await PromptHarness.For(new ConfirmPrompt("confirm"), Sure()).Flow
            .Send("hi").AssertReply("Confirm deletion? (1) Yes or (2) No")
            .Send(new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "confirm", ["answer"] = true } })
            .AssertReply("[Complete] true")
            .Send("again").AssertReply("Confirm deletion? (1) Yes or (2) No")
            .Send(new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "confirm", ["choice"] = "No" } })
            .AssertReply("[Complete] false")
            .StartTestAsync();
    }
}
