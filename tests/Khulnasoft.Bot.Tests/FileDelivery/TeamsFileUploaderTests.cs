using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.Tests.FileDelivery;

public sealed class TeamsFileUploaderTests
{
    [Theory]
    [InlineData("https://contoso-my.sharepoint.com/personal/ada/_api/v2.0/drive/items/upload?token=x", true)]
    [InlineData("http://127.0.0.1:5000/upload/1", true)]
    [InlineData("http://localhost:5000/upload/1", true)]
    [InlineData("http://[::1]:5000/upload/1", true)]
    [InlineData("http://contoso-my.sharepoint.com/upload", false)]
    [InlineData("http://0.0.0.0:5000/upload/1", false)]
    [InlineData("http://192.0.2.2/upload", false)]
    [InlineData("ftp://contoso.example/upload", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/relative/upload", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsAllowedTarget_HttpsAnywhere_PlainHttpOnlyOnLoopback(string? uploadUrl, bool allowed) =>
        Assert.Equal(allowed, TeamsFileUploader.IsAllowedTarget(uploadUrl));
}
