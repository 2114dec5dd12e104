using Khulnasoft.Cards.Confirmation;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// How the user proves it's them at the final confirmation (put <see cref="Method"/> on the confirmation card).
/// <see cref="RetryAfter"/> is set when no code could be sent because the hourly limit was reached: then say so and
/// don't show the card yet (any earlier step-up code is no longer usable either).
/// </summary>
public sealed record StepUpChallenge(StepUpMethod Method, TimeSpan? RetryAfter = null)
{
    public bool IsRateLimited => RetryAfter is not null;
}
