using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>What a validator sees: the turn, the recognised value, the prompt's options and state, the attempt count.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, Dictionary<string, object?> state, PromptOptions options)
    {
        Context = context;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's own state bag (holds <c>AttemptCount</c>); persisted.</summary>
    public Dictionary<string, object?> State { get; }

    public PromptOptions Options { get; }

    /// <summary>How many answers this prompt has received, this one included (1 on the first answer).</summary>
    public int AttemptCount => State.GetValue<int>(Prompt<T>.AttemptCountKey);

    /// <summary>True when this failed attempt would reach <see cref="PromptOptions.MaxAttempts"/>.</summary>
    public bool IsLastAttempt => Options.MaxAttempts is { } max && AttemptCount >= max;
}
