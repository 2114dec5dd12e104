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
        var cards = GermanCards.Samples(name => name.EndsWith("/status-blocked-extended", StringComparison.Ordinal) || name.EndsWith("/resume", StringComparison.Ordinal));

        Assert.Equal(4, cards.Count);
        await GermanCards.AssertNoEnglishLeftAndValidAsync(cards, English);
        Assert.All(cards, c => Assert.Contains("Löschung fortsetzen", GermanCards.Json(c.Card), StringComparison.Ordinal));
        var resume = cards.First(c => c.Name.EndsWith("/resume", StringComparison.Ordinal)).Card["fallbackText"]!.GetValue<string>();
        Assert.Contains("\"fortsetzen\"", resume, StringComparison.Ordinal);
        Assert.Contains("\"nein\"", resume, StringComparison.Ordinal);
    }
}
