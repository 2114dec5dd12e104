namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>Settings of the one-time codes that prove an email address (section <c>OneTimeCodes</c>).</summary>
public sealed class OneTimeCodeOptions
{
    public const string SectionName = "OneTimeCodes";

    /// <summary>How long a code (or a step-up challenge) can be used. Default 10 minutes; 1 minute to 1 hour.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong answers before a challenge is locked (even the right code then fails). Default 3; 1 to 10.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Codes one email address can be sent per purpose within any hour. Default 3; 1 to 20.</summary>
    public int MaxCodesPerHour { get; set; } = 3;

    /// <summary>
    /// The secret key (base64, at least 32 bytes) of the keyed hash (HMAC-SHA256) under which codes and email
    /// addresses are stored: someone who can read the storage can neither recover a 6-digit code by trying all of
    /// them nor tell which addresses asked. Required outside Development; in Development an ephemeral key is
    /// generated when it is empty (codes then stop working when the process restarts). Every instance must share it.
    /// Create one with <c>openssl rand -base64 32</c>.
    /// </summary>
    public string HashKey { get; set; } = "";
}
