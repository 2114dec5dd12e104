using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.AspNetCore.Http;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Results, URLs and bearer parsing shared by the Direct Line endpoints.</summary>
internal static class DirectLineHttp
{
    public const string BasePath = "/v3/directline";

    public static IResult Json<T>(T value, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(value, BotJson.Options, contentType: "application/json; charset=utf-8", statusCode: statusCode);

    public static IResult Error(int statusCode, string code, string message) =>
        Json(new ErrorResponse(code, message), statusCode);

    /// <summary>
    /// An RFC 9457 problem (<c>application/problem+json</c>) naming the field at fault, which also carries Direct
    /// Line's <c>error: {code, message}</c> so clients that read Azure's error shape understand it.
    /// </summary>
    public static IResult Problem(int statusCode, string code, string title, string detail, string? field = null)
    {
        var problem = ProblemResponses.Create(statusCode, title, detail, field);
        problem["error"] = new JsonObject { ["code"] = code, ["message"] = detail };
        return Results.Json(problem, BotJson.Options, contentType: ProblemResponses.ContentType, statusCode: statusCode);
    }

    public static IResult Error(ConnectorException exception) =>
        Json(new ErrorResponse(exception.Code ?? "ServiceError", exception.Message), exception.StatusCode == 0 ? 500 : exception.StatusCode);

    /// <summary>
    /// <see cref="Authenticate"/>, then refuses (403) a caller whose token is bound to another conversation.
    /// Null when the caller may use <paramref name="conversationId"/>.
    /// </summary>
    public static IResult? AuthorizeConversation(HttpContext context, DirectLineTokenService tokens, string conversationId, out DirectLineCaller caller)
    {
        if (Authenticate(context, tokens, out caller) is { } denied)
        {
            return denied;
        }

        return caller.MayAccess(conversationId) ? null : Forbidden();
    }

    /// <summary>
    /// Reads <c>Authorization: Bearer …</c> as the secret or a conversation token. Returns the error to send (401 no
    /// credential, 403 invalid or expired — <c>TokenExpired</c> as on Azure), or null with <paramref name="caller"/> set.
    /// </summary>
    public static IResult? Authenticate(HttpContext context, DirectLineTokenService tokens, out DirectLineCaller caller)
    {
        caller = new DirectLineCaller(false, null, "");
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "An Authorization: Bearer header with the secret or a token is required.");
        }

        var bearer = header[7..].Trim();
        if (tokens.IsSecret(bearer))
        {
            caller = new DirectLineCaller(true, null, bearer);
            return null;
        }

        switch (tokens.Validate(bearer, out var claims))
        {
            case DirectLineTokenStatus.Valid when claims!.Scope == DirectLineTokenScope.Conversation:
                caller = new DirectLineCaller(false, claims, bearer);
                return null;
            case DirectLineTokenStatus.Expired:
                return Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired");
            default:
                return Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid.");
        }
    }

    public static IResult Forbidden() =>
        Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this conversation.");

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    /// <summary>The public origin plus path base, e.g. <c>https://bot.example.com</c>, without a trailing slash.</summary>
    public static string PublicBase(HttpContext context, DirectLineOptions options)
    {
        if (options.PublicBaseUrl.Length > 0)
        {
            return options.PublicBaseUrl.TrimEnd('/');
        }

        var request = context.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    public static string StreamUrl(HttpContext context, DirectLineOptions options, string conversationId, string streamToken, long? watermark)
    {
        var httpBase = PublicBase(context, options);
        var wsBase = httpBase.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? "wss://" + httpBase["https://".Length..]
            : "ws://" + httpBase["http://".Length..];
        var url = $"{wsBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(streamToken)}";
        return watermark is null ? url : url + "&watermark=" + DirectLineActivityIds.Watermark(watermark.Value);
    }

    public static string AttachmentUrl(HttpContext context, DirectLineOptions options, string attachmentId) =>
        $"{PublicBase(context, options)}{BasePath}/attachments/{attachmentId}";
}
