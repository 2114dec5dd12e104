namespace Khulnasoft.Bot.Hosting;

/// <summary>
/// Errors the framework produces by itself (a request body that does not bind, a 4xx/5xx without a body) are
/// answered with <c>application/problem+json</c> like the bot's own refusals, in every environment: without this a
/// malformed body on <c>/webchat/token</c> or <c>/receipts/verify</c> got an empty 400 in Production and the developer
/// exception page (a stack trace) in Development.
/// </summary>
public static class ProblemResponses
{
    public static IHostApplicationBuilder AddProblemResponses(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        return builder;
    }

    /// <summary>Writes a problem body into error responses that have none (call before the endpoints run).</summary>
    public static WebApplication UseProblemResponses(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStatusCodePages();
        return app;
    }
}
