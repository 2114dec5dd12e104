using System.Text.Json;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Tests.Prompts;

/// <summary>
/// <see cref="PromptOptions.Template"/>: data the runtime keeps with the prompt's options in dialog state and never
/// reads itself; a prompt that overrides <c>OnPromptAsync</c> builds what it says from it at every ask, after reloads.
/// </summary>
public sealed class PromptTemplateTests
{
    private sealed record Question(string Text);

    /// <summary>Builds its question from the template and the turn it asks in (here: the activity's locale).</summary>
    private sealed class TemplatedPrompt(PromptValidator<string> validator) : TextPrompt("text", validator)
    {
        protected override Task OnPromptAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
        {
            var question = DialogValueExtensions.ConvertTo<Question>(options.Template)!;
            var text = $"{question.Text} [{turnContext.Activity.Locale}]" + (isRetry ? " (again)" : "");
            return turnContext.SendActivityAsync(text, cancellationToken: cancellationToken);
        }
    }

    private static Task<bool> RequiresAt(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Value?.Contains('@', StringComparison.Ordinal) == true);

    [Fact]
    public async Task APromptBuildingFromItsTemplate_BuildsEachAskInTheTurnItIsIn_AfterTheStateWasReloaded()
    {
        var harness = PromptHarness.For(new TemplatedPrompt(RequiresAt), new PromptOptions { Template = new Question("Email?") });

        await harness.Flow
            .Send("hi").AssertReply("Email? [en-us]")
            .Send(() => { var a = harness.Adapter.MakeActivity("nope"); a.Locale = "de-DE"; return a; }).AssertReply("Email? [de-DE] (again)")
            .Send("ada@example.com").AssertReply("[Complete] ada@example.com")
            .StartTestAsync();
    }

    [Fact]
    public async Task TheTemplateIsStoredWithTheOptions_AndTheRuntimesPromptsSendTheirStoredPrompt()
    {
        var harness = PromptHarness.For(new TextPrompt("text", RequiresAt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity("Email?"),
            Template = new Question("ignored by TextPrompt"),
        });

        await harness.Flow.Send("hi").AssertReply("Email?").Send("nope").AssertReply("Email?").StartTestAsync();

        var stack = await harness.StoredStackAsync();
        var prompt = stack[0].GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack")[0];
        Assert.Equal("text", prompt.GetProperty("id").GetString());
        Assert.Equal("""{"text":"ignored by TextPrompt"}""", prompt.GetProperty("state").GetProperty("options").GetProperty("template").GetRawText());
    }
}
