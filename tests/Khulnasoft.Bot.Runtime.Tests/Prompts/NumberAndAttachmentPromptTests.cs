using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.Prompts;

public sealed class NumberAndAttachmentPromptTests
{
    private static PromptOptions Ask() => new()
    {
        Prompt = Activity.CreateMessageActivity("How many?"),
        RetryPrompt = Activity.CreateMessageActivity("A number, please."),
    };

    [Theory]
    [InlineData("12", "12")]
    [InlineData("I have 3 domains", "3")]
    [InlineData("two", "2")]
    [InlineData("1,000", "1000")]
    public async Task IntegerInEnglish(string answer, string expected)
    {
        await PromptHarness.For(new NumberPrompt<int>("n"), Ask()).Flow
            .Send("hi").AssertReply("How many?")
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task IntegerPrompt_RejectsFractionsAndWords()
    {
        await PromptHarness.For(new NumberPrompt<int>("n"), Ask()).Flow
            .Send("hi").AssertReply("How many?")
            .Send("2.5").AssertReply("A number, please.")
            .Send("lots").AssertReply("A number, please.")
            .Send("zwölf").AssertReply("[Complete] 12")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "1,234.5", "1234.5")]
    [InlineData("de-DE", "1.234,5", "1234.5")]
    [InlineData("de-DE", "3,75 Euro", "3.75")]
    [InlineData("en-US", "-2.25", "-2.25")]
    public async Task DecimalInEnglishAndGerman(string locale, string answer, string expected)
    {
        await PromptHarness.For(new NumberPrompt<decimal>("n"), Ask(), locale: locale).Flow
            .Send("hi").AssertReply("How many?")
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Double_WithAValidator()
    {
        var prompt = new NumberPrompt<double>("n", (ctx, ct) => Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value > 0));
        await PromptHarness.For(prompt, Ask()).Flow
            .Send("hi").AssertReply("How many?")
            .Send("-1").AssertReply("A number, please.")
            .Send("0.5").AssertReply("[Complete] 0.5")
            .StartTestAsync();
    }

    [Fact]
    public async Task AttachmentPrompt_NeedsAnAttachment()
    {
        var withFile = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "application/pdf", ContentUrl = "https://example.com/a.pdf", Name = "a.pdf" }],
        };
        await PromptHarness.For(new AttachmentPrompt("files"), new PromptOptions { Prompt = Activity.CreateMessageActivity("Upload it.") }, format: r => ((List<Attachment>)r!)[0].Name!).Flow
            .Send("hi").AssertReply("Upload it.")
            .Send("here you go").AssertReply("Upload it.")
            .Send(withFile).AssertReply("[Complete] a.pdf")
            .StartTestAsync();
    }
}
