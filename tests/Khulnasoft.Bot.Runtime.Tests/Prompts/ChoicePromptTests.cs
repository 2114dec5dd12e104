using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Choices;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Tests.Dialogs;

namespace Khulnasoft.Bot.Runtime.Tests.Prompts;

public sealed class ChoicePromptTests
{
    private static PromptOptions Plans(params string[] plans) => new()
    {
        Prompt = Activity.CreateMessageActivity("Which plan are you on?"),
        RetryPrompt = Activity.CreateMessageActivity("Please pick a plan."),
        Choices = Choice.FromValues(plans.Length > 0 ? plans : ["Basic", "Pro", "Enterprise"]),
    };

    private static string Found(object? result) => result is FoundChoice f ? $"{f.Value}#{f.Index}" : "null";

    [Fact]
    public async Task AutoOnTheTestChannel_IsInline_AndTheAnswerIsAFoundChoice()
    {
        await PromptHarness.For(new ChoicePrompt("choice"), Plans(), format: Found).Flow
            .Send("hi").AssertReply("Which plan are you on? (1) Basic, (2) Pro, or (3) Enterprise")
            .Send("I'm on pro").AssertReply("[Complete] Pro#1")
            .StartTestAsync();
    }

    [Fact]
    public async Task AutoWithMoreThanThreeChoicesOnTheTestChannel_IsAList()
    {
        await PromptHarness.For(new ChoicePrompt("choice"), Plans("Free", "Basic", "Pro", "Enterprise")).Flow
            .Send("hi").AssertReply("Which plan are you on?\n\n   1. Free\n   2. Basic\n   3. Pro\n   4. Enterprise")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    [InlineData("emulator")]
    public async Task AutoOnWebChatChannels_IsSuggestedActions(string channelId)
    {
        await PromptHarness.For(new ChoicePrompt("choice"), Plans(), channelId).Flow
            .Send("hi")
            .AssertReply(r =>
            {
                Assert.Equal("Which plan are you on?", r.Text);
                Assert.Equal(InputHints.ExpectingInput, r.InputHint);
                Assert.Equal(["Basic", "Pro", "Enterprise"], r.SuggestedActions!.Actions!.Select(a => a.Title));
                Assert.Equal(["Basic", "Pro", "Enterprise"], r.SuggestedActions.Actions!.Select(a => a.Value!.GetValue<string>()));
                Assert.All(r.SuggestedActions.Actions!, a => Assert.Equal(ActionTypes.ImBack, a.Type));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AutoOnTeamsOutsidePersonalChat_IsAHeroCardWithImBackButtons()
    {
        await PromptHarness.For(new ChoicePrompt("choice"), Plans(), Channels.Msteams).Flow
            .Send("hi")
            .AssertReply(r =>
            {
                Assert.Null(r.Text);
                Assert.Null(r.SuggestedActions);
                var card = Assert.Single(r.Attachments!);
                Assert.Equal("application/vnd.microsoft.card.hero", card.ContentType);
                Assert.Equal("Which plan are you on?", card.Content!["text"]!.GetValue<string>());
                var buttons = card.Content["buttons"]!.AsArray();
                Assert.Equal(["Basic", "Pro", "Enterprise"], buttons.Select(b => b!["title"]!.GetValue<string>()));
                Assert.All(buttons, b => Assert.Equal("imBack", b!["type"]!.GetValue<string>()));
            })
            .StartTestAsync();
    }

    [Fact]
    public void AutoOnTeamsPersonalChat_IsSuggestedActionsUpToThree_ThenAHeroCard()
    {
        Assert.Equal(ListStyle.SuggestedAction, ChoiceFactory.ChooseStyle(Channels.Msteams, Choice.FromValues("a", "b", "c"), "personal"));
        Assert.Equal(ListStyle.HeroCard, ChoiceFactory.ChooseStyle(Channels.Msteams, Choice.FromValues("a", "b", "c", "d"), "personal"));
        Assert.Equal(ListStyle.HeroCard, ChoiceFactory.ChooseStyle(Channels.Msteams, Choice.FromValues("a", "b"), "groupChat"));
        Assert.Equal(ListStyle.List, ChoiceFactory.ChooseStyle(Channels.Directline, Choice.FromValues("a title that is much too long", "b")));
        Assert.Equal(ListStyle.Inline, ChoiceFactory.ChooseStyle("unknown", Choice.FromValues("a", "b")));
    }

    [Theory]
    [InlineData(ListStyle.None, "Which plan are you on?")]
    [InlineData(ListStyle.Inline, "Which plan are you on? (1) Basic, (2) Pro, or (3) Enterprise")]
    [InlineData(ListStyle.List, "Which plan are you on?\n\n   1. Basic\n   2. Pro\n   3. Enterprise")]
    public async Task AnExplicitStyle_OverridesAuto(ListStyle style, string expected)
    {
        var options = Plans();
        options.Style = style;
        await PromptHarness.For(new ChoicePrompt("choice"), options, Channels.Directline).Flow
            .Send("hi").AssertReply(r =>
            {
                Assert.Equal(expected, r.Text);
                Assert.Null(r.SuggestedActions);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("the second one", "Pro#1")]
    [InlineData("3", "Enterprise#2")]
    [InlineData("the last", "Enterprise#2")]
    [InlineData("ENTERPRISE", "Enterprise#2")]
    public async Task OrdinalsIndexesAndCase_AreRecognised(string answer, string expected)
    {
        await PromptHarness.For(new ChoicePrompt("choice"), Plans(), format: Found).Flow
            .Send("hi").AssertReply("Which plan are you on? (1) Basic, (2) Pro, or (3) Enterprise")
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task German_RendersWithOder_AndRecognisesOrdinals()
    {
        var harness = PromptHarness.For(new ChoicePrompt("choice"), Plans(), locale: "de-DE", format: Found);
        await harness.Flow
            .Send("hallo").AssertReply("Which plan are you on? (1) Basic, (2) Pro, oder (3) Enterprise")
            .Send("den zweiten bitte").AssertReply("[Complete] Pro#1")
            .StartTestAsync();
    }

    [Fact]
    public async Task UnrecognisedAnswer_GetsTheRetryPromptWithTheChoices()
    {
        await PromptHarness.For(new ChoicePrompt("choice"), Plans(), format: Found).Flow
            .Send("hi").AssertReply("Which plan are you on? (1) Basic, (2) Pro, or (3) Enterprise")
            .Send("gold please").AssertReply("Please pick a plan. (1) Basic, (2) Pro, or (3) Enterprise")
            .Send("7").AssertReply("Please pick a plan. (1) Basic, (2) Pro, or (3) Enterprise")
            .Send("basic").AssertReply("[Complete] Basic#0")
            .StartTestAsync();
    }

    [Fact]
    public async Task CardSubmit_AnswersTheChoicePrompt()
    {
        var submit = new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "choosePlan", ["choice"] = "Pro" } };
        await PromptHarness.For(new ChoicePrompt("choice"), Plans(), format: Found).Flow
            .Send("hi").AssertReply("Which plan are you on? (1) Basic, (2) Pro, or (3) Enterprise")
            .Send(submit).AssertReply("[Complete] Pro#1")
            .StartTestAsync();
    }

    [Fact]
    public async Task Synonyms_AreRecognised()
    {
        var options = Plans();
        options.Choices![2].Synonyms = ["business", "firmenkunde"];
        await PromptHarness.For(new ChoicePrompt("choice"), options, format: Found).Flow
            .Send("hi").AssertReply("Which plan are you on? (1) Basic, (2) Pro, or (3) Enterprise")
            .Send("we are a business").AssertReply("[Complete] Enterprise#2")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoiceState_SurvivesARestartBetweenPromptAndAnswer()
    {
        var first = PromptHarness.For(new ChoicePrompt("choice"), Plans(), format: Found);
        await first.Flow.Send("hi").AssertReply("Which plan are you on? (1) Basic, (2) Pro, or (3) Enterprise").StartTestAsync();
        var root = new Runtime.Dialogs.ComponentDialog("root");
        root.AddDialog(new Runtime.Dialogs.WaterfallDialog("steps",
        [
            (step, ct) => throw new InvalidOperationException("must not restart"),
            (step, ct) => step.EndDialogAsync(Found(step.Result), ct),
        ]));
        root.AddDialog(new ChoicePrompt("choice"));
        await new DialogHarness(root, storage: first.Storage).Flow
            .Send("nonsense").AssertReply("Please pick a plan. (1) Basic, (2) Pro, or (3) Enterprise")
            .Send("2").AssertReply("[Complete] Pro#1")
            .StartTestAsync();
    }
}
