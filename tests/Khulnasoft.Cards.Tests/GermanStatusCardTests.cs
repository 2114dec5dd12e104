using System.Globalization;
using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Cards.Tests;

/// <summary>
/// The status card of a paused case with an extended deadline, and the resume card, in German (as the bot builds them
/// in a German turn): no English left on them (facts, heading, buttons, fallback and speech), the typed answers the
/// resume question understands in German, and every one passes the official parser at 1.5 on both hosts.
/// </summary>
public sealed class GermanStatusCardTests
{
    private static readonly string[] English =
    [
        "Received", "Answer due by", "Why extended", "What needs your attention first", "Resume my deletion", "Not now",
        "Resume your account deletion?", "Nothing blocks your deletion", "Case case-ada", "\"resume\"", "\"cancel\"",
    ];

    [Fact]
    public async Task PausedStatusAndResumeCards_InGerman_HaveNoEnglishLeft_AndPassTheParser()
    {
        List<(string Name, JsonNode Card)> cards;
        var before = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo("de"), CultureInfo.GetCultureInfo("de-DE"));
            cards = [.. CardSamples.All(CardHost.Teams).Concat(CardSamples.All(CardHost.WebChat))
                .Where(c => c.Name.EndsWith("/status-blocked-extended", StringComparison.Ordinal) || c.Name.EndsWith("/resume", StringComparison.Ordinal))
                .Select(c => (c.Name, (JsonNode)c.Card))];
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = before;
        }

        Assert.Equal(4, cards.Count);
        foreach (var (name, card) in cards)
        {
            var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Assert.All(English, phrase => Assert.False(json.Contains(phrase, StringComparison.Ordinal), $"{name} still says \"{phrase}\": {json}"));
            Assert.Contains("Löschung fortsetzen", json, StringComparison.Ordinal);
        }

        var resume = cards.First(c => c.Name.EndsWith("/resume", StringComparison.Ordinal)).Card;
        Assert.Contains("\"fortsetzen\"", resume["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("\"nein\"", resume["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
        var report = await AdaptiveCardValidator.ValidateAsync(cards, "1.5", cancellationToken: CancellationToken.None);
        Assert.True(report.Ok, report.Describe());
        Assert.All(report.Results, r => Assert.Empty(r.Warnings));
    }
}
