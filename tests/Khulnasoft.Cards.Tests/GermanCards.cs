using System.Globalization;
using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Cards.Tests;

/// <summary>Sample cards as the bot builds them in a German turn, and the check that nothing English is left on them.</summary>
internal static class GermanCards
{
    /// <summary>The <see cref="CardSamples"/> whose name matches, on both hosts, built with UI culture <c>de</c> and formatting <c>de-DE</c>.</summary>
    public static List<(string Name, JsonNode Card)> Samples(Func<string, bool> which)
    {
        var before = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo("de"), CultureInfo.GetCultureInfo("de-DE"));
            return [.. CardSamples.All(CardHost.Teams).Concat(CardSamples.All(CardHost.WebChat)).Where(c => which(c.Name)).Select(c => (c.Name, (JsonNode)c.Card))];
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = before;
        }
    }

    /// <summary>No card says any of the <paramref name="english"/> phrases (anywhere in its JSON), and each passes the official parser at 1.5 without warnings.</summary>
    public static async Task AssertNoEnglishLeftAndValidAsync(IReadOnlyList<(string Name, JsonNode Card)> cards, IReadOnlyList<string> english)
    {
        foreach (var (name, card) in cards)
        {
            var json = Json(card);
            Assert.All(english, phrase => Assert.False(json.Contains(phrase, StringComparison.Ordinal), $"{name} still says \"{phrase}\": {json}"));
        }

        var report = await AdaptiveCardValidator.ValidateAsync(cards, "1.5", cancellationToken: CancellationToken.None);
        Assert.True(report.Ok, report.Describe());
        Assert.All(report.Results, r => Assert.Empty(r.Warnings));
    }

    /// <summary>The card's JSON with its non-ASCII letters as they are (umlauts, „quotes“).</summary>
    public static string Json(JsonNode card) =>
        card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
