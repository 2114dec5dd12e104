using System.Net;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>
/// What the server answers for an uploaded file: a media type it chose itself (an exact, parsed type from its
/// allow-list whose magic bytes match the file), else <c>application/octet-stream</c> as a download; and on every
/// answer <c>nosniff</c> and a CSP that gives any rendered document no script and an opaque origin.
/// The browser side is tests/Khulnasoft.Bot.BrowserTests/UploadedFileScriptTests.
/// </summary>
public sealed class DirectLineAttachmentTests : DirectLineHostTest
{
    private const string Csp = "default-src 'none'; sandbox";
    private static readonly byte[] Html = "<!DOCTYPE html><script>alert(1)</script>"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static TheoryData<string, byte[]> Hostile => new()
    {
        { "image/png, text/html", Html },
        { "text/html", Html },
        { "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray() },
        { "application/xhtml+xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>"u8.ToArray() },
        { "image/png", Html },
        { "IMAGE/PNG; charset=utf-8, text/html", Png },
        { "image/pngx", Png },
        { "application/pdf", Html },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task MultipartUpload_ThatIsNotWhatItClaims_IsServedAsADownload(string declaredType, byte[] content)
    {
        var (attachmentType, response) = await UploadMultipartAsync(declaredType, content);
        using var _ = response;

        Assert.Equal("application/octet-stream", attachmentType);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        AssertProtected(response);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RawUpload_DeclaringAListOfTypes_IsServedAsADownload()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        var body = new ByteArrayContent(Html);
        body.Headers.TryAddWithoutValidation("Content-Type", "image/png, text/html");

        using var upload = await Host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, $"conversations/{conversationId}/upload?userId=dl_ada", token, body));
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);
        var attachment = activities[0]!["attachments"]![0]!;
        using var served = await new HttpClient().GetAsync(attachment["contentUrl"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal("application/octet-stream", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("application/octet-stream", served.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", served.Content.Headers.ContentDisposition!.DispositionType);
        AssertProtected(served);
    }

    public static TheoryData<string, byte[], string> Genuine => new()
    {
        { "image/png", Png, "inline" },
        { "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46], "inline" },
        { "image/gif", "GIF89a\u0001\u0000\u0001\u0000"u8.ToArray(), "inline" },
        { "image/webp", "RIFF\u0024\u0000\u0000\u0000WEBPVP8 "u8.ToArray(), "inline" },
        { "application/pdf", "%PDF-1.7\n"u8.ToArray(), "attachment" },
    };

    [Theory]
    [MemberData(nameof(Genuine))]
    public async Task Upload_WhoseBytesMatchAnAllowedType_KeepsThatType(string declaredType, byte[] content, string disposition)
    {
        var (attachmentType, response) = await UploadMultipartAsync(declaredType, content);
        using var _ = response;

        Assert.Equal(declaredType, attachmentType);
        Assert.Equal(declaredType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(disposition, response.Content.Headers.ContentDisposition!.DispositionType);
        AssertProtected(response);
    }

    [Fact]
    public async Task UnknownAttachment_Is404()
    {
        using var response = await new HttpClient().GetAsync(Host.BaseUrl + "/v3/directline/attachments/" + new string('a', 64));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void AssertProtected(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Csp, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    /// <summary>Uploads one file as Web Chat does; the type the echoed activity gives it, and the GET of its contentUrl.</summary>
    private async Task<(string AttachmentType, HttpResponseMessage Served)> UploadMultipartAsync(string declaredType, byte[] content)
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        using var upload = await Client.UploadAsync(conversationId, token, DirectLineTestClient.Message("", "up-1"), content, declaredType, "file.bin");
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);
        var attachment = activities[0]!["attachments"]![0]!;
        var served = await new HttpClient().GetAsync(attachment["contentUrl"]!.GetValue<string>());
        return (attachment["contentType"]!.GetValue<string>(), served);
    }
}
