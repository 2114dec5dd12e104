namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>What a step-up answer did.</summary>
public enum StepUpStatus
{
    /// <summary>Proven: go ahead with the deletion.</summary>
    Ok,

    /// <summary>Wrong; <see cref="StepUpResult.AttemptsLeft"/> more answers are accepted.</summary>
    Wrong,

    /// <summary>Too many wrong answers: nothing is accepted any more for this challenge; stop.</summary>
    Locked,

    /// <summary>The challenge is over (expired, or none was started): call <see cref="StepUpVerifier.BeginAsync"/> again.</summary>
    Expired,
}
