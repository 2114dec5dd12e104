using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation.Prompts;

/// <summary>
/// A prompt's activities built from its <see cref="PromptOptions.Template"/> at the moment it asks. Options without a
/// template (a prompt saved before prompts had one) are returned as they are: the prompt sends the text it stored.
/// </summary>
internal static class PromptTemplates
{
    public static PromptOptions Render<TTemplate>(ITurnContext turnContext, PromptOptions options, PromptBuilder<TTemplate> build)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (DialogValueExtensions.ConvertTo<TTemplate>(options.Template) is not { } template)
        {
            return options;
        }

        var built = build(turnContext, template);
        return new PromptOptions
        {
            Prompt = ExpectingInput(built.Prompt),
            RetryPrompt = built.RetryPrompt is { } retry ? ExpectingInput(retry) : null,
            Choices = options.Choices,
            Style = options.Style,
            Validations = options.Validations,
            Template = options.Template,
            RecognizeLanguage = options.RecognizeLanguage,
            MaxAttempts = options.MaxAttempts,
            TooManyAttemptsMessage = options.TooManyAttemptsMessage,
            SubmitValueField = options.SubmitValueField,
        };
    }

    // As the runtime marks a stored prompt when it begins: a question waits for input.
    private static Activity ExpectingInput(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.InputHint = InputHints.ExpectingInput;
        return activity;
    }
}
