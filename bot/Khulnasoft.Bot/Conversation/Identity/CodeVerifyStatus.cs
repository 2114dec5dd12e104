namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>What an answer to a challenge did.</summary>
public enum CodeVerifyStatus
{
    /// <summary>Right: the challenge is used up and proves <see cref="CodeVerifyResult.UserId"/>.</summary>
    Verified,

    /// <summary>Wrong; <see cref="CodeVerifyResult.AttemptsLeft"/> more answers are accepted.</summary>
    Wrong,

    /// <summary>Too many wrong answers (this one may have been the last): no answer is accepted any more, not even the right one.</summary>
    Locked,

    /// <summary>The challenge's lifetime is over; ask for a new one. The answer was not checked.</summary>
    Expired,

    /// <summary>There is no challenge to answer (never issued, or already used).</summary>
    NoCode,
}
