using System.Net;

namespace Khulnasoft.Bot.Accounts;

/// <summary>The account API answered with an error (or something that is not a valid envelope).</summary>
public class AccountApiException : Exception
{
    public AccountApiException()
    {
        ErrorCodes = [];
    }

    public AccountApiException(string message)
        : base(message)
    {
        ErrorCodes = [];
    }

    public AccountApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCodes = [];
    }

    public AccountApiException(string message, HttpStatusCode? statusCode, IReadOnlyList<string> errorCodes, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCodes = errorCodes;
    }

    /// <summary>The HTTP status of the answer, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The <c>errors[].code</c> values of the envelope.</summary>
    public IReadOnlyList<string> ErrorCodes { get; }
}
