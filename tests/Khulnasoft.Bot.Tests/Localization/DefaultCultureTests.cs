using Khulnasoft.Bot.Tests.Hosting;

namespace Khulnasoft.Bot.Tests.Localization;

/// <summary>Conversation:DefaultCulture is checked when the host starts.</summary>
public sealed class DefaultCultureTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("not a culture")]
    [InlineData("")]
    public void Host_WithALanguageTheBotDoesNotSpeak_RefusesToStart(string culture)
    {
        using var factory = new BotTestHost();
        factory.Settings["Conversation:DefaultCulture"] = culture;

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Conversation:DefaultCulture must be a language the bot speaks: en, de.", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("de-CH")]
    public void Host_WithGermanOrARegionOfIt_Starts(string culture)
    {
        using var factory = new BotTestHost();
        factory.Settings["Conversation:DefaultCulture"] = culture;

        using var client = factory.CreateClient();

        Assert.NotNull(client);
    }
}
