using System.Net;

namespace Khulnasoft.Bot.Accounts;

/// <summary>423: the user's data is under a legal hold and cannot be purged.</summary>
public sealed class LegalHoldException : AccountApiException
{
    public LegalHoldException()
    {
    }

    public LegalHoldException(string message)
        : base(message)
    {
    }

    public LegalHoldException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LegalHoldException(string message, IReadOnlyList<string> errorCodes)
        : base(message, HttpStatusCode.Locked, errorCodes)
    {
    }
}
