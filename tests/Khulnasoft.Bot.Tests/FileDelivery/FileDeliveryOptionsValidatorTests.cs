using Khulnasoft.Bot.FileDelivery;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Khulnasoft.Bot.Tests.FileDelivery;

public sealed class FileDeliveryOptionsValidatorTests
{
    private const string GoodKey = "a-real-secret-key-of-at-least-32-characters";

    [Theory]
    [InlineData("Production", "", "Invoices:SigningKey is required outside Development")]
    [InlineData("Staging", "   ", "Invoices:SigningKey is required outside Development")]
    [InlineData("Production", "short-key", "at least 32 characters")]
    [InlineData("Production", FileDeliveryOptions.DevelopmentSigningKey, "published Development key")]
    public void Validate_ABadSigningKey_Fails(string environment, string key, string expected)
    {
        var result = Validator(environment).Validate(null, new FileDeliveryOptions { SigningKey = key });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bot.example.com")]
    [InlineData("/invoices")]
    [InlineData("ftp://bot.example.com")]
    [InlineData("https://bot.example.com/?a=1")]
    public void Validate_APublicBaseUrlThatIsNotAnAbsoluteHttpUrl_Fails(string url)
    {
        var result = Validator("Production").Validate(null, new FileDeliveryOptions { SigningKey = GoodKey, PublicBaseUrl = url });

        Assert.Contains(result.Failures!, f => f.Contains("Invoices:PublicBaseUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Production", GoodKey, "https://bot.khulnasoft.com")]
    [InlineData("Production", GoodKey, "")]
    [InlineData("Development", FileDeliveryOptions.DevelopmentSigningKey, "")]
    public void Validate_GoodSettings_Succeeds(string environment, string key, string url) =>
        Assert.True(Validator(environment).Validate(null, new FileDeliveryOptions { SigningKey = key, PublicBaseUrl = url }).Succeeded);

    private static FileDeliveryOptionsValidator Validator(string environment) =>
        new(new HostingEnvironment { EnvironmentName = environment });
}
