namespace Khulnasoft.Cards.Tests;

/// <summary>
/// Issue 20 item 3: every card has a text version that says the same as the card. Over every builder's samples on
/// both hosts, <c>fallbackText</c> (shown where the card can't be) and <c>speak</c> (read aloud) carry the title,
/// each checklist item with its status, every date and amount shown, and what each button does.
/// </summary>
public sealed class TextFallbackTests
{
    [Theory]
    [MemberData(nameof(ActionContractTests.Hosts), MemberType = typeof(ActionContractTests))]
    public void EveryCard_FallbackText_SaysWhatTheCardSays(CardHost host)
    {
        var missing = CardSamples.All(host)
            .SelectMany(c => CardEssentials.Missing(c.Card, (string)c.Card["fallbackText"]!, urls: true).Select(m => c.Name + ": " + m))
            .ToList();

        Assert.True(missing.Count == 0, "The text leaves out:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(ActionContractTests.Hosts), MemberType = typeof(ActionContractTests))]
    public void EveryCard_Speak_SaysWhatTheCardSays(CardHost host)
    {
        var missing = CardSamples.All(host)
            .SelectMany(c => CardEssentials.Missing(c.Card, (string)c.Card["speak"]!, urls: false).Select(m => c.Name + ": " + m))
            .ToList();

        Assert.True(missing.Count == 0, "The text leaves out:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Essentials_FindWhatAFallbackLeavesOut()
    {
        var card = Checklist.ChecklistCard.Build(CardSamples.AdaChecklist(), CardHost.WebChat);
        card["fallbackText"] = "Before we can delete your account. ada.example · 2 of 4 done. shop.ada.example (CNAME setup) · 1 of 5 done. "
            + "Your account · Ada's Workshop.";

        var missing = CardEssentials.Missing(card, (string)card["fallbackText"]!, urls: true).ToList();

        Assert.Contains(missing, m => m.Contains("29 November 2026, 03:00 UTC", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("To do: Payment information deleted", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("the button \"Re-check\"", StringComparison.Ordinal));
        Assert.DoesNotContain(missing, m => m.Contains("the title", StringComparison.Ordinal));
    }
}
