namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// What a signed download endpoint answers besides the file: the token is the only credential, so nothing is cached
/// and no referrer leaves the page; refusals and failures are short plain-text sentences for the user's browser.
/// </summary>
public static class SignedFileResponses
{
    public static void PreventCaching(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
    }

    /// <summary>410 with <paramref name="expired"/> for an expired token, 403 with <paramref name="invalid"/> otherwise.</summary>
    public static IResult Refusal(SignedLinkStatus status, string expired, string invalid) =>
        status == SignedLinkStatus.Expired
            ? Text(StatusCodes.Status410Gone, expired)
            : Text(StatusCodes.Status403Forbidden, invalid);

    public static IResult Text(int statusCode, string text) =>
        Results.Text(text, "text/plain; charset=utf-8", statusCode: statusCode);
}
