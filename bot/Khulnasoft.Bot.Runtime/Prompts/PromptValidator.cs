namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>Decides whether a recognised answer is acceptable; may send its own message (which stops the automatic retry).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
