using System.Net;

namespace Khulnasoft.Bot.Accounts;

/// <summary>404: the user, account or resource does not exist, or the user was deleted or purged.</summary>
public sealed class AccountNotFoundException : AccountApiException
{
    public AccountNotFoundException()
    {
    }

    public AccountNotFoundException(string message)
        : base(message)
    {
    }

    public AccountNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AccountNotFoundException(string message, IReadOnlyList<string> errorCodes)
        : base(message, HttpStatusCode.NotFound, errorCodes)
    {
    }

    /// <summary>The user was deleted (error code <c>user_deleted</c>).</summary>
    public bool IsUserDeleted => ErrorCodes.Contains(AccountApiErrorCodes.UserDeleted);

    /// <summary>The user's personal data was purged (error code <c>user_purged</c>).</summary>
    public bool IsUserPurged => ErrorCodes.Contains(AccountApiErrorCodes.UserPurged);
}
