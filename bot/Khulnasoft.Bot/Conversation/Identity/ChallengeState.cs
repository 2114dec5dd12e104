namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>Where a stored challenge stands.</summary>
internal enum ChallengeState
{
    /// <summary>No challenge was ever armed (the record only counts issues).</summary>
    None,

    /// <summary>Armed: answers are checked until it expires, is answered right or is locked.</summary>
    Active,

    /// <summary>Answered right; it can't be used again.</summary>
    Consumed,

    /// <summary>Too many wrong answers; even the right one now fails.</summary>
    Locked,

    /// <summary>Its lifetime ended before it was answered right.</summary>
    Expired,
}
