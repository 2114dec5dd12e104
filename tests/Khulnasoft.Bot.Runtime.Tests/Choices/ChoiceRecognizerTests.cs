using Khulnasoft.Bot.Runtime.Choices;

namespace Khulnasoft.Bot.Runtime.Tests.Choices;

public sealed class ChoiceRecognizerTests
{
    private static readonly List<Choice> Plans =
    [
        new("Basic"),
        new("Pro Plus") { Synonyms = ["professional", "profi"] },
        new("Enterprise") { Synonyms = ["business", "Unternehmen"] },
    ];

    [Theory]
    // exact, any case, inside a sentence
    [InlineData("en-us", "Basic", "Basic", 0)]
    [InlineData("en-us", "i want pro plus please", "Pro Plus", 1)]
    [InlineData("de-de", "Ich nehme Enterprise", "Enterprise", 2)]
    // all tokens in order within the token distance
    [InlineData("en-us", "pro and plus", "Pro Plus", 1)]
    // synonyms
    [InlineData("en-us", "the professional one", "Pro Plus", 1)]
    [InlineData("de-de", "für mein Unternehmen", "Enterprise", 2)]
    // ordinals
    [InlineData("en-us", "the second", "Pro Plus", 1)]
    [InlineData("en-us", "2nd", "Pro Plus", 1)]
    [InlineData("en-us", "the first one", "Basic", 0)]
    [InlineData("en-us", "last", "Enterprise", 2)]
    [InlineData("de-de", "die zweite", "Pro Plus", 1)]
    [InlineData("de-de", "den dritten", "Enterprise", 2)]
    [InlineData("de-de", "das letzte", "Enterprise", 2)]
    // indexes
    [InlineData("en-us", "2", "Pro Plus", 1)]
    [InlineData("en-us", "three", "Enterprise", 2)]
    [InlineData("de-de", "Nummer drei", "Enterprise", 2)]
    public void Recognises(string locale, string utterance, string value, int index)
    {
        var found = ChoiceRecognizer.RecognizeChoices(utterance, Plans, new FindChoicesOptions { Locale = locale });
        Assert.NotEmpty(found);
        Assert.Equal(value, found[0].Value);
        Assert.Equal(index, found[0].Index);
        Assert.InRange(found[0].Score, 0.01, 1.0);
    }

    [Theory]
    [InlineData("plus")]
    [InlineData("pro")]
    [InlineData("pro a b c d plus")]
    [InlineData("gold")]
    [InlineData("4")]
    [InlineData("the fifth")]
    [InlineData("")]
    public void DoesNotRecogniseWithoutPartialMatches(string utterance)
    {
        Assert.Empty(ChoiceRecognizer.RecognizeChoices(utterance, Plans));
    }

    [Fact]
    public void PartialMatches_WhenAllowed_ScoreBelowAFullMatch()
    {
        var options = new FindChoicesOptions { AllowPartialMatches = true };
        var partial = ChoiceRecognizer.FindChoices("plus", Plans, options);
        var full = ChoiceRecognizer.FindChoices("pro plus", Plans, options);
        Assert.Equal("Pro Plus", Assert.Single(partial).Value);
        Assert.Equal(0.5, partial[0].Score, 3);
        Assert.Equal(1.0, full[0].Score, 3);
    }

    [Fact]
    public void SkippedWords_LowerTheScore_AndTheSynonymIsReported()
    {
        var found = ChoiceRecognizer.FindChoices("pro very plus", Plans);
        Assert.Equal("Pro Plus", found[0].Synonym);
        Assert.Equal(2.0 / 3.0, found[0].Score, 3);
        Assert.Equal("professional", ChoiceRecognizer.FindChoices("professional", Plans)[0].Synonym);
    }

    [Fact]
    public void ActionTitles_AreRecognised()
    {
        var choices = new List<Choice> { new("plan_basic") { Action = new Khulnasoft.Bot.Runtime.Schema.CardAction(Khulnasoft.Bot.Runtime.Schema.ActionTypes.ImBack, "Basic plan") } };
        Assert.Equal("plan_basic", ChoiceRecognizer.RecognizeChoices("basic plan", choices)[0].Value);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yeah", true)]
    [InlineData("sure thing", true)]
    [InlineData("OK", true)]
    [InlineData("of course", true)]
    [InlineData("ja", true)]
    [InlineData("jawohl", true)]
    [InlineData("Klar!", true)]
    [InlineData("genau", true)]
    [InlineData("no", false)]
    [InlineData("nope", false)]
    [InlineData("no, sure not", false)]
    [InlineData("nein", false)]
    [InlineData("ne", false)]
    [InlineData("nee", false)]
    [InlineData("nö", false)]
    [InlineData("maybe", null)]
    [InlineData("not sure", null)]
    [InlineData("weiß nicht", null)]
    [InlineData("vielleicht", null)]
    [InlineData("", null)]
    public void YesNo(string text, bool? expected)
    {
        Assert.Equal(expected, YesNoRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("en-us", "1,234.5", "1234.5")]
    [InlineData("en-us", "1.5", "1.5")]
    [InlineData("de-de", "1.234,5", "1234.5")]
    [InlineData("de-de", "1,5", "1.5")]
    [InlineData("de-de", "1.5", "1.5")]
    [InlineData("en-us", "about 12 domains", "12")]
    [InlineData("en-us", "seven", "7")]
    [InlineData("de-de", "sieben", "7")]
    [InlineData("en-us", "-4", "-4")]
    public void Numbers(string locale, string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberRecognizer.Recognize(text, locale));
    }

    [Fact]
    public void NoNumber_IsNull()
    {
        Assert.Null(NumberRecognizer.Recognize("none here", "en-us"));
    }

    [Fact]
    public void Inline_And_List_RenderLikeTheSdk()
    {
        var choices = Choice.FromValues("a", "b", "c");
        Assert.Equal("Pick (1) a, (2) b, or (3) c", ChoiceFactory.Inline(choices, "Pick").Text);
        Assert.Equal("Pick (1) a oder (2) b", ChoiceFactory.Inline(Choice.FromValues("a", "b"), "Pick", null, ChoiceFactoryOptions.ForLocale("de-DE")).Text);
        Assert.Equal("Pick\n\n   - a\n   - b\n   - c", ChoiceFactory.List(choices, "Pick", null, new ChoiceFactoryOptions { IncludeNumbers = false }).Text);
    }
}
