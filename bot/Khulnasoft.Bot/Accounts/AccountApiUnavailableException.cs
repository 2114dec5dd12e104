using System.Net;

namespace Khulnasoft.Bot.Accounts;

/// <summary>The account API could not be reached or kept failing (timeouts, 5xx/429 after retries, open circuit).</summary>
public sealed class AccountApiUnavailableException : AccountApiException
{
    public AccountApiUnavailableException()
    {
    }

    public AccountApiUnavailableException(string message)
        : base(message)
    {
    }

    public AccountApiUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AccountApiUnavailableException(string message, HttpStatusCode? statusCode, Exception? innerException = null)
        : base(message, statusCode, [], innerException)
    {
    }
}
