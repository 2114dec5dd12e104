using System.Net;

namespace Khulnasoft.Bot.Accounts;

/// <summary>409: the user cannot be deleted yet; <see cref="Unmet"/> lists what is left to do.</summary>
public sealed class PrerequisitesUnmetException : AccountApiException
{
    public PrerequisitesUnmetException()
    {
        Unmet = [];
    }

    public PrerequisitesUnmetException(string message)
        : base(message)
    {
        Unmet = [];
    }

    public PrerequisitesUnmetException(string message, Exception innerException)
        : base(message, innerException)
    {
        Unmet = [];
    }

    public PrerequisitesUnmetException(string message, IReadOnlyList<string> errorCodes, IReadOnlyList<UnmetPrerequisite> unmet)
        : base(message, HttpStatusCode.Conflict, errorCodes)
    {
        Unmet = unmet;
    }

    public IReadOnlyList<UnmetPrerequisite> Unmet { get; }
}
