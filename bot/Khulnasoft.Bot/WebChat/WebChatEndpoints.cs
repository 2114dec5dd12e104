using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.DirectLine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Khulnasoft.Bot.WebChat;

/// <summary>
/// The Web Chat page and what it needs: the page itself at <c>/</c>, the real botframework-webchat bundle installed
/// from npm at build time, and the token endpoint that stands in for the Khulnasoft dashboard's backend.
/// </summary>
internal static class WebChatEndpoints
{
    /// <summary>The bundle, relative to the content root (dotnet run) or the app's base directory (published).</summary>
    public static readonly string BundlePath = Path.Combine("node_modules", "botframework-webchat", "dist", "webchat.js");

    public static IResult Page(IWebHostEnvironment environment) =>
        File(environment, Path.Combine("webchat", "index.html"), "text/html; charset=utf-8");

    public static IResult Asset(string file, IWebHostEnvironment environment)
    {
        var contentType = Path.GetExtension(file) switch
        {
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            _ => null,
        };
        return contentType is null ? Results.NotFound() : File(environment, Path.Combine("webchat", file), contentType);
    }

    public static IResult Bundle(IWebHostEnvironment environment)
    {
        foreach (var root in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
        {
            var path = Path.Combine(root, BundlePath);
            if (System.IO.File.Exists(path))
            {
                return Results.File(path, "text/javascript; charset=utf-8");
            }
        }

        return Results.Problem(
            "The Web Chat bundle is missing: run `npm ci` in bot/Khulnasoft.Bot (the build does this when node_modules is missing).",
            statusCode: StatusCodes.Status500InternalServerError);
    }

    /// <summary>
    /// The page's configuration for the browser's <paramref name="locale"/> (the page's <c>?locale=</c>, else
    /// <c>navigator.language</c>): German for a German locale, otherwise English (<c>en-US</c> for Web Chat); the demo
    /// users' labels in the same language.
    /// </summary>
    public static WebChatConfig Config(bool sandbox, string? locale)
    {
        var language = SupportedCultures.Match(locale) ?? SupportedCultures.English;
        var specific = SupportedCultures.Specific(locale) is { } known && SupportedCultures.Match(known.Name) == language && known.Name.Contains('-', StringComparison.Ordinal)
            ? known.Name
            : language == SupportedCultures.English ? "en-US" : language.Name + "-" + language.Name.ToUpperInvariant();
        return new(sandbox, sandbox ? WebChatDemoUsers.In(language) : [], language.Name, specific, WebChatTexts.All(language));
    }

    /// <summary>
    /// Mints a Direct Line token, bound to a demo user in sandbox mode (<c>dl_</c> + the email, as a real site's
    /// backend would bind its signed-in user), or anonymous (the bot then asks for the email and a one-time code).
    /// </summary>
    public static Results<Ok<WebChatTokenResponse>, BadRequest<string>> Token(WebChatTokenRequest? request, bool sandbox, DirectLineTokenService tokens)
    {
        string? userId = null;
        string? userName = null;
        if (!string.IsNullOrEmpty(request?.User))
        {
            if (!sandbox)
            {
                return TypedResults.BadRequest("Signing in as a demo user is only available in sandbox mode.");
            }

            var email = WebChatDemoUsers.Find(request.User);
            if (email is null)
            {
                return TypedResults.BadRequest("Unknown demo user.");
            }

            userId = DirectLineChannel.BoundUserPrefix + email;
            userName = email;
        }

        var (token, claims) = tokens.IssueConversationToken(DirectLineTokenService.NewConversationId(), userId, userName);
        return TypedResults.Ok(new WebChatTokenResponse(token, claims.ConversationId, (int)(claims.ExpiresAt - claims.IssuedAt).TotalSeconds, userId));
    }

    private static IResult File(IWebHostEnvironment environment, string relativePath, string contentType)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(relativePath);
        return file.Exists && file.PhysicalPath is not null
            ? Results.File(file.PhysicalPath, contentType)
            : Results.NotFound();
    }
}
