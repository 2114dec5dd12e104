using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// The account API failed while the export was being read (at <see cref="Step"/>, named by ids only); no archive was
/// produced, so nothing incomplete can be handed out.
/// </summary>
public sealed class DataExportFailedException : Exception
{
    public DataExportFailedException()
    {
        Step = "";
    }

    public DataExportFailedException(string message)
        : base(message)
    {
        Step = "";
    }

    public DataExportFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Step = "";
    }

    public DataExportFailedException(string step, AccountApiException innerException)
        : base($"The data export failed at {step}: {innerException?.Message}", innerException)
    {
        Step = step;
    }

    /// <summary>What was being read, e.g. <c>invoice pdf inv_ada_2026_10 of acct_ada_labs</c>.</summary>
    public string Step { get; }

    /// <summary>The user themself no longer exists (deleted or purged): an export can't be made any more.</summary>
    public bool UserGone => InnerException is AccountNotFoundException { IsUserDeleted: true } or AccountNotFoundException { IsUserPurged: true };

    /// <summary>The API was unreachable or kept failing (try again later) rather than refusing.</summary>
    public bool IsTransient => InnerException is AccountApiUnavailableException;

    /// <summary>A code for logs and the audit: <c>user_gone</c>, <c>api_unavailable</c> or <c>api_error</c>.</summary>
    public string Reason => UserGone ? "user_gone" : IsTransient ? "api_unavailable" : "api_error";
}
