using System.Globalization;
using Khulnasoft.Bot.Deletion;
using Microsoft.AspNetCore.Antiforgery;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// <c>POST /ops/cases/{caseId}/{action}</c> (resume, retry, cancel, extend, resend-receipt): the anti-forgery token is
/// checked first (400 without a valid one), then the case (404), then the action runs as the signed-in operator
/// (<see cref="OperatorCaseActions"/>) and the case page shows what it came to (a redirect back to it), worded in the
/// operator's language when the form is posted.
/// </summary>
public static partial class CaseActionEndpoint
{
    public static readonly string[] Actions = ["resume", "retry", "cancel", "extend", "resend-receipt"];

    public static async Task<IResult> HandleAsync(
        string caseId, string action, HttpContext context, IAntiforgery antiforgery, OperatorIdentity identity, DeletionScheduler scheduler,
        OperatorCaseActions actions, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var operatorName = identity.NameOf(context)!;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException e)
        {
            LogForged(loggers.CreateLogger(typeof(CaseActionEndpoint)), action, caseId, e.Message);
            return OpsHtml.Page(OpsTexts.T("Refused"), "<p>" + OpsHtml.E(OpsTexts.T("FormNotVerified")) + "</p>", StatusCodes.Status400BadRequest);
        }

        if (!Actions.Contains(action, StringComparer.Ordinal))
        {
            return OpsHtml.NotFound(OpsTexts.T("NoSuchAction", action));
        }

        if (await scheduler.GetAsync(caseId, cancellationToken) is null)
        {
            return OpsHtml.NotFound(OpsTexts.T("NoSuchCase", caseId));
        }

        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;
        string? Field(string name) => form?[name].ToString();
        var result = action switch
        {
            "resume" => await actions.ResumeAsync(caseId, operatorName, cancellationToken),
            "retry" => await actions.RetryAsync(caseId, operatorName, cancellationToken),
            "cancel" => await actions.CancelAsync(caseId, operatorName, Field("reason"), cancellationToken),
            "extend" => DateOnly.TryParseExact(Field("until"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until)
                ? await actions.ExtendAsync(caseId, operatorName, new DateTimeOffset(until.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero), Field("reason"), cancellationToken)
                : OperatorActionResult.Refused(OperatorActionOutcome.NotExtendedBadDate),
            _ => await actions.ResendReceiptAsync(caseId, operatorName, Field("email"), cancellationToken),
        };
        return Results.Redirect($"/ops/cases/{Uri.EscapeDataString(caseId)}?ok={(result.Done ? "true" : "false")}&message={Uri.EscapeDataString(OpsTexts.ActionResult(result))}", permanent: false, preserveMethod: false);
    }

    [LoggerMessage(EventId = 8000, Level = LogLevel.Warning, Message = "Refused operator action {Action} on case {CaseId}: {Reason}")]
    private static partial void LogForged(ILogger logger, string action, string caseId, string reason);
}
