using Khulnasoft.Bot.Runtime.Choices;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>
/// The base of the prompts (protocol doc §7.8). State: <c>{"options": PromptOptions, "state": {"AttemptCount": n}}</c>.
/// Begin sends the prompt and waits; each message is recognised, counted and validated; a valid answer ends the
/// prompt with its value; otherwise the retry prompt is sent unless the bot already replied this turn.
/// Non-message activities are ignored.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    public const string AttemptCountKey = "AttemptCount";
    internal const string PersistedOptions = "options";
    internal const string PersistedState = "state";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId) => _validator = validator;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with PromptOptions (use DialogContext.PromptAsync).", nameof(options));
        }

        promptOptions.Prompt = ExpectingInput(promptOptions.Prompt);
        promptOptions.RetryPrompt = ExpectingInput(promptOptions.RetryPrompt);
        var instance = Instance(dc);
        var state = new Dictionary<string, object?>(StringComparer.Ordinal) { [AttemptCountKey] = 0 };
        instance.State[PersistedOptions] = promptOptions;
        instance.State[PersistedState] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return EndOfTurn;
        }

        var instance = Instance(dc);
        var options = GetOptions(instance);
        var state = GetState(instance);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        state[AttemptCountKey] = state.GetValue<int>(AttemptCountKey) + 1;

        var isValid = false;
        if (_validator is not null)
        {
            var context = new PromptValidatorContext<T>(dc.Context, recognized, state, options);
            isValid = await _validator(context, cancellationToken).ConfigureAwait(false);
        }
        else if (recognized.Succeeded)
        {
            isValid = true;
        }

        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (options.MaxAttempts is { } max && state.GetValue<int>(AttemptCountKey) >= max)
        {
            if (options.TooManyAttemptsMessage is { } tooMany && !dc.Context.Responded)
            {
                await dc.Context.SendActivityAsync(tooMany.Clone(), cancellationToken).ConfigureAwait(false);
            }

            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A child pushed on top of the prompt ended: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveDialog is { } instance)
        {
            await RepromptDialogAsync(dc.Context, instance, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>Sends the prompt again (not the retry prompt).</summary>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, GetState(instance), GetOptions(instance), false, cancellationToken);
    }

    /// <summary>Sends the prompt, or the retry prompt when <paramref name="isRetry"/> (falling back to the prompt).</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return activity is null ? Task.CompletedTask : turnContext.SendActivityAsync(activity.Clone(), cancellationToken);
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, Dictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// <paramref name="prompt"/> with the choices rendered in <paramref name="style"/> (Auto resolved for the
    /// channel): the text replaced, suggested actions set, or a hero card appended (the SDK's <c>AppendChoices</c>).
    /// </summary>
    protected static Activity AppendChoices(Activity? prompt, ITurnContext turnContext, IReadOnlyList<Choice> choices, ListStyle style, ChoiceFactoryOptions? choiceOptions)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(choices);
        var activity = turnContext.Activity;
        if (style == ListStyle.Auto)
        {
            style = ChoiceFactory.ChooseStyle(activity.ChannelId, choices, activity.Conversation?.ConversationType);
        }

        var rendered = ChoiceFactory.Render(style, choices, prompt?.Text, prompt?.Speak, choiceOptions);
        var result = prompt?.Clone() ?? Activity.CreateMessageActivity();
        result.Text = rendered.Text;
        if (rendered.SuggestedActions?.Actions is { Count: > 0 })
        {
            result.SuggestedActions = rendered.SuggestedActions;
        }

        if (rendered.Attachments is { Count: > 0 } attachments)
        {
            result.Attachments = [.. result.Attachments ?? [], .. attachments];
        }

        result.InputHint ??= InputHints.ExpectingInput;
        return result;
    }

    private static Activity? ExpectingInput(Activity? activity)
    {
        if (activity is null)
        {
            return null;
        }

        var copy = activity.Clone();
        copy.Type ??= ActivityTypes.Message;
        copy.InputHint = InputHints.ExpectingInput;
        return copy;
    }

    private static DialogInstance Instance(DialogContext dc) =>
        dc.ActiveDialog ?? throw new InvalidOperationException("The prompt is not on the stack.");

    private static PromptOptions GetOptions(DialogInstance instance)
    {
        if (instance.State.GetValueOrDefault(PersistedOptions) is PromptOptions typed)
        {
            return typed;
        }

        var options = instance.State.GetValue<PromptOptions>(PersistedOptions) ?? new PromptOptions();
        instance.State[PersistedOptions] = options;
        return options;
    }

    private static Dictionary<string, object?> GetState(DialogInstance instance)
    {
        if (instance.State.GetValueOrDefault(PersistedState) is Dictionary<string, object?> state)
        {
            return state;
        }

        state = new Dictionary<string, object?>(StringComparer.Ordinal) { [AttemptCountKey] = 0 };
        instance.State[PersistedState] = state;
        return state;
    }
}
