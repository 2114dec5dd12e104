using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Tests.Localization;

/// <summary>Which language a turn speaks, and the phrases that switch it.</summary>
public sealed class CultureChoiceTests
{
    [Theory]
    [InlineData("de-DE", null, null, "en", "de")]
    [InlineData("de-AT", null, null, "en", "de")]
    [InlineData("en-US", null, null, "de", "en")]
    [InlineData("fr-FR", null, null, "de", "de")]
    [InlineData(null, null, null, "en", "en")]
    [InlineData("not a locale", null, null, "de", "de")]
    [InlineData(null, "de", null, "en", "de")]
    [InlineData("fr-FR", "de", "fr-FR", "en", "de")]
    [InlineData("en-US", "de", "en-US", "en", "de")]
    [InlineData("en-GB", "de", "en-US", "en", "en")]
    [InlineData("de-DE", "en", null, "en", "de")]
    public void Choose_LocaleThenSavedChoiceThenDefault(string? locale, string? chosen, string? chosenOver, string fallback, string expected)
    {
        var preference = chosen is null ? null : new LanguagePreference(chosen, chosenOver);

        var culture = CultureChoice.Choose(locale, preference, SupportedCultures.Match(fallback)!);

        Assert.Equal(expected, culture.Name);
    }

    [Theory]
    [InlineData("auf Deutsch", "de")]
    [InlineData("Deutsch bitte", "de")]
    [InlineData("speak German", "de")]
    [InlineData("speak English", "en")]
    [InlineData("Englisch", "en")]
    [InlineData("in English please!", "en")]
    [InlineData("delete my account", null)]
    [InlineData("Deutschland", null)]
    public void RecognizeLanguage_BothLanguagesPhrases(string text, string? expected)
    {
        var culture = ConversationPhrases.RecognizeLanguage(new Activity { Type = ActivityTypes.Message, Text = text });

        Assert.Equal(expected, culture?.Name);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("de-CH")]
    [InlineData("EN")]
    public void Match_AcceptsALanguageOrARegionOfIt(string name) => Assert.NotNull(SupportedCultures.Match(name));

    [Theory]
    [InlineData("")]
    [InlineData("fr")]
    [InlineData("xx-nonsense-culture")]
    public void Match_RefusesWhatTheBotDoesNotSpeak(string name) => Assert.Null(SupportedCultures.Match(name));
}
