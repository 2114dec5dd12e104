using Khulnasoft.Bot.BackgroundJobs;
using Microsoft.AspNetCore.Authentication;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// The operator console's routes under <c>/ops</c>, all behind the operator check (<see cref="OperatorIdentity"/>): a
/// request that may not use the console is sent to OpenID Connect sign-in when it is configured, otherwise asked for
/// Basic credentials (401); a signed-in user without the configured role gets 403. State changes are POSTs with an anti-forgery token (<see cref="CaseActionEndpoint"/>).
/// </summary>
public static class OpsEndpoints
{
    public static IEndpointRouteBuilder MapOps(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ops = app.MapGroup("/ops").AddEndpointFilter(RequireOperatorAsync);
        ops.MapGet("/", () => Results.Redirect("/ops/cases"));
        ops.MapGet("/cases", CasesPage.RenderAsync);
        ops.MapGet("/cases/{caseId}", CasePage.RenderAsync);
        ops.MapPost("/cases/{caseId}/{action}", CaseActionEndpoint.HandleAsync).DisableAntiforgery();
        ops.MapGet("/register", RequestRegister.PageAsync);
        ops.MapGet("/register.csv", RequestRegister.CsvAsync);
        ops.MapGet("/holds", LegalHoldsPage.RenderAsync);
        ops.MapGet("/funnel", FunnelPage.RenderAsync);
        return app;
    }

    private static async ValueTask<object?> RequireOperatorAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var services = context.RequestServices;
        if (services.GetService<Microsoft.Extensions.Options.IOptions<OpsOptions>>()?.Value.Oidc.Authority is { Length: > 0 }
            && (await context.AuthenticateAsync(OpsAuthentication.CookieScheme)).Principal is { } principal)
        {
            context.User = principal;
        }

        if (services.GetRequiredService<OperatorIdentity>().NameOf(context) is { } name)
        {
            context.Response.Headers.CacheControl = "no-store";
            OpsHtml.Operator = name;
            return await next(invocation);
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            // Signed in with OpenID Connect, but without the configured role: known, and not allowed.
            return OpsHtml.Page(OpsTexts.T("ForbiddenTitle"), "<p>" + OpsHtml.E(OpsTexts.T("MissingRole")) + "</p>", StatusCodes.Status403Forbidden);
        }

        if (services.GetService<Microsoft.Extensions.Options.IOptions<OpsOptions>>()?.Value.Oidc.Authority is { Length: > 0 } && HttpMethods.IsGet(context.Request.Method))
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.Path + context.Request.QueryString }, [OpsAuthentication.OidcScheme]);
        }

        context.Response.Headers.WWWAuthenticate = OperatorAuthorization.Realm;
        return Results.Unauthorized();
    }
}
