using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Tests.Dialogs;

namespace Khulnasoft.Bot.Runtime.Tests.Prompts;

/// <summary>A root component whose waterfall runs one prompt and reports its result as "[Complete] value".</summary>
internal static class PromptHarness
{
    public static DialogHarness For(Dialog prompt, PromptOptions options, string channelId = "test", string? locale = null, Func<object?, string>? format = null)
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            (step, ct) => step.EndDialogAsync(format is null ? step.Result : format(step.Result), ct),
        ]));
        root.AddDialog(prompt);
        return new DialogHarness(root, channelId, locale: locale);
    }
}
