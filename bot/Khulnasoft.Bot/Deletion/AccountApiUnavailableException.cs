namespace Khulnasoft.Bot.Deletion;

/// <summary>The account API failed in a way worth retrying later (5xx, 429, timeout, connection refused).</summary>
public sealed class AccountApiUnavailableException : Exception
{
    public AccountApiUnavailableException() { }

    public AccountApiUnavailableException(string message)
        : base(message) { }

    public AccountApiUnavailableException(string message, Exception innerException)
        : base(message, innerException) { }
}
