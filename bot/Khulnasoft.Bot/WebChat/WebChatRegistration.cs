namespace Khulnasoft.Bot.WebChat;

/// <summary>Serves the Web Chat page: <c>app.MapWebChat()</c> (needs <c>builder.AddDirectLine()</c>).</summary>
public static class WebChatRegistration
{
    /// <summary>
    /// Maps <c>GET /</c> (the page), <c>/webchat/*</c> (its assets and the Web Chat bundle), <c>GET /webchat/config?locale=</c> (with the page's texts in that language)
    /// and <c>POST /webchat/token</c>. <see cref="WebChatOptions.DemoUsers"/> (on in sandbox mode only) adds the
    /// "signed in as" picker of demo users.
    /// </summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var sandbox = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebChatOptions>>().Value.DemoUsers;

        endpoints.MapGet("/", WebChatEndpoints.Page).ExcludeFromDescription();
        endpoints.MapGet("/webchat/webchat.js", WebChatEndpoints.Bundle).ExcludeFromDescription();
        endpoints.MapGet("/webchat/config", (string? locale) => WebChatEndpoints.Config(sandbox, locale));
        endpoints.MapGet("/webchat/{file}", WebChatEndpoints.Asset).ExcludeFromDescription();
        endpoints.MapPost("/webchat/token", (WebChatTokenRequest? request, Khulnasoft.Bot.Runtime.DirectLine.DirectLineTokenService tokens) =>
            WebChatEndpoints.Token(request, sandbox, tokens))
            .RequireRateLimiting(Khulnasoft.Bot.Runtime.DirectLine.DirectLineRateLimits.TokenPolicy);
        return endpoints;
    }
}
