namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>Which sentence opens a round of the code prompt (<see cref="CodeQuestion"/>).</summary>
internal enum CodeQuestionKind
{
    /// <summary>A code was sent to the address.</summary>
    CodeSent,

    /// <summary>A new code was sent ("resend"); earlier ones no longer work.</summary>
    CodeResent,

    /// <summary>"resend", but the hourly limit is reached.</summary>
    ResendLimited,

    /// <summary>The last answer was a wrong code.</summary>
    WrongCode,

    /// <summary>The code has expired.</summary>
    Expired,

    /// <summary>There is no code to check (none was sent, or it was used).</summary>
    NoCode,
}
