using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Localization;
using Microsoft.AspNetCore.Antiforgery;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The undo link's page, <c>/deletion/undo/{token}</c>: a GET only shows the case and asks for confirmation (mail
/// scanners and link previews open links); the deletion is cancelled only by the page's POST, which must carry the
/// anti-forgery token (ASP.NET Core antiforgery: the form field and its cookie). An invalid or expired link, or a POST
/// without the token, gets a clear page and changes nothing; a second POST says it is already undone. The cancel is
/// audited on the case (<c>case.cancelled</c>, <c>via: undo-link</c>, the user as actor). The page speaks the link's
/// language (<see cref="LinkPageLanguage"/>: the mail's language, else the browser's) and shows the date on the case's clock.
/// </summary>
public static partial class UndoEndpoints
{
    public const string Via = "undo-link";

    public static IEndpointRouteBuilder MapDeletionUndo(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet($"/{UndoLinks.RoutePrefix}/{{token}}", ShowAsync);
        endpoints.MapPost($"/{UndoLinks.RoutePrefix}/{{token}}", UndoAsync).DisableAntiforgery(); // validated by hand, for a clear page
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(string token, HttpContext context, UndoLinks links, DeletionScheduler scheduler, IAntiforgery antiforgery)
    {
        Protect(context.Response);
        LinkPageLanguage.Use(context);
        var (refusal, deletionCase) = await CheckAsync(token, links, scheduler, context.RequestAborted).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        UserClock.Zone = UserClock.FindZone(deletionCase!.TimeZone); // here: a value set inside an awaited method does not flow back
        if (deletionCase.State == DeletionCaseState.Cancelled)
        {
            return Page(StatusCodes.Status200OK, DeletionTexts.UndoAlready(deletionCase.CaseId));
        }

        if (!deletionCase.CanUndo || deletionCase.GraceUntil is not { } runsAt)
        {
            return Page(StatusCodes.Status409Conflict, DeletionTexts.UndoTooLate(deletionCase.CaseId));
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return Page(StatusCodes.Status200OK, DeletionTexts.UndoConfirm(deletionCase.CaseId, runsAt), new UndoForm(tokens.FormFieldName, tokens.RequestToken!));
    }

    private static async Task<IResult> UndoAsync(string token, HttpContext context, UndoLinks links, DeletionScheduler scheduler, IAntiforgery antiforgery, ILoggerFactory loggers)
    {
        Protect(context.Response);
        LinkPageLanguage.Use(context);
        var logger = loggers.CreateLogger(typeof(UndoEndpoints));
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            LogForgery(logger);
            return Page(StatusCodes.Status400BadRequest, DeletionTexts.UndoForgery);
        }

        var (refusal, deletionCase) = await CheckAsync(token, links, scheduler, context.RequestAborted).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await scheduler.CancelAsync(deletionCase!.CaseId, DeletionActors.User(deletionCase.UserId), null, Via, context.RequestAborted).ConfigureAwait(false);
        LogUndo(logger, deletionCase.CaseId, result.Outcome);
        return result.Outcome switch
        {
            CancelOutcome.Cancelled => Page(StatusCodes.Status200OK, DeletionTexts.UndoDone(deletionCase.CaseId)),
            CancelOutcome.AlreadyCancelled => Page(StatusCodes.Status200OK, DeletionTexts.UndoAlready(deletionCase.CaseId)),
            CancelOutcome.TooLate => Page(StatusCodes.Status409Conflict, DeletionTexts.UndoTooLate(deletionCase.CaseId)),
            _ => Page(StatusCodes.Status404NotFound, DeletionTexts.UndoNotFound),
        };
    }

    /// <summary>The case a valid link names, or the page that refuses the link.</summary>
    private static async Task<(IResult? Refusal, DeletionCase? Case)> CheckAsync(string token, UndoLinks links, DeletionScheduler scheduler, CancellationToken cancellationToken)
    {
        var check = links.Read(token);
        switch (check.Status)
        {
            case SignedLinkStatus.Invalid:
                return (Page(StatusCodes.Status403Forbidden, DeletionTexts.UndoInvalid), null);
            case SignedLinkStatus.Expired:
                return (Page(StatusCodes.Status410Gone, DeletionTexts.UndoExpired), null);
        }

        var deletionCase = await scheduler.GetAsync(check.CaseId!, cancellationToken).ConfigureAwait(false);
        return deletionCase is null || !string.Equals(deletionCase.UserId, check.UserId, StringComparison.Ordinal)
            ? (Page(StatusCodes.Status404NotFound, DeletionTexts.UndoNotFound), null)
            : (null, deletionCase);
    }

    private static IResult Page(int status, string message, UndoForm? form = null) =>
        Results.Content(UndoPage.Render(DeletionTexts.UndoPageTitle, message, form), "text/html; charset=utf-8", statusCode: status);

    /// <summary>The URL is a credential: never cached, never sent on as a referrer, never framed (a destructive button).</summary>
    private static void Protect(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "DENY";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    [LoggerMessage(EventId = 3066, Level = LogLevel.Warning, Message = "Undo page: a POST without a valid anti-forgery token was refused")]
    private static partial void LogForgery(ILogger logger);

    [LoggerMessage(EventId = 3067, Level = LogLevel.Information, Message = "Undo page: case {CaseId} answered {Outcome}")]
    private static partial void LogUndo(ILogger logger, string caseId, CancelOutcome outcome);
}
