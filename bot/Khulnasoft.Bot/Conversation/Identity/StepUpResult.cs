namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>The outcome of a step-up answer; <see cref="AttemptsLeft"/> matters for <see cref="StepUpStatus.Wrong"/>.</summary>
public sealed record StepUpResult(StepUpStatus Status, int AttemptsLeft = 0);
