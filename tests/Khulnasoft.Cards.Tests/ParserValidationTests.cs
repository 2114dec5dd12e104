using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Cards.Tests;

/// <summary>Every card, both hosts, through the official Adaptive Cards parser at 1.5, and proof the validator fails
/// on broken cards.</summary>
public sealed class ParserValidationTests
{
    [Fact]
    public async Task EveryCard_OnBothHosts_PassesTheOfficialParserAt15()
    {
        var cards = CardSamples.All(CardHost.Teams).Concat(CardSamples.All(CardHost.WebChat))
            .Select(c => (c.Name, (JsonNode)c.Card)).ToList();

        var report = await AdaptiveCardValidator.ValidateAsync(cards, "1.5", cancellationToken: CancellationToken.None);

        Assert.Equal(cards.Count, report.Results.Count);
        Assert.True(report.Ok, report.Describe());
        Assert.All(report.Results, r => Assert.Empty(r.Errors));
        Assert.All(report.Results, r => Assert.Empty(r.Warnings));
    }

    [Fact]
    public async Task TeamsCards_OnAHostWithoutActionExecute_FallBackToSubmitWithoutLosingButtons()
    {
        var cards = CardSamples.All(CardHost.Teams).Select(c => (c.Name, (JsonNode)c.Card)).ToList();

        var report = await AdaptiveCardValidator.ValidateAsync(cards, "1.5", ["Action.Execute"], CancellationToken.None);

        Assert.True(report.Ok, report.Describe());
        Assert.Contains(report.Results, r => r.Warnings.Any(w => w.Message.Contains("falls back to Action.Submit", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WebChatCards_OnAHostWithoutActionExecute_NeedNoFallback()
    {
        var cards = CardSamples.All(CardHost.WebChat).Select(c => (c.Name, (JsonNode)c.Card)).ToList();

        var report = await AdaptiveCardValidator.ValidateAsync(cards, "1.5", ["Action.Execute"], CancellationToken.None);

        Assert.True(report.Ok, report.Describe());
        Assert.All(report.Results, r => Assert.Empty(r.Warnings));
    }

    public static TheoryData<string, string, string> BrokenCards => new()
    {
        { "unknown element", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Fancy","text":"x"}]}""", "UnknownElementType" },
        { "bad enum value", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"huge"}]}""", "InvalidPropertyValue" },
        { "OpenUrl without url", """{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.OpenUrl","title":"Go"}]}""", "PropertyCantBeNull" },
        { "duplicate id", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","label":"A"},{"type":"Input.Text","id":"a","label":"B"}]}""", "DuplicateId" },
        { "1.6 property", """{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Submit","title":"Go","data":{"action":"help"},"role":"Button"}]}""", "UnsupportedProperty" },
        { "1.6 card version", """{"type":"AdaptiveCard","version":"1.6","body":[{"type":"TextBlock","text":"x"}]}""", "UnsupportedCardVersion" },
        { "required input without label", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","isRequired":true}]}""", "RequiredInputsShouldHaveLabel" },
        { "unknown action", """{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Teleport","title":"Go"}]}""", "UnknownActionType" },
        { "not a card", """{"type":"Card","version":"1.5"}""", "MissingCardType" },
    };

    [Theory]
    [MemberData(nameof(BrokenCards))]
    public async Task Validator_ReportsTheError_ForABrokenCard(string name, string json, string expectedEvent)
    {
        var result = await AdaptiveCardValidator.ValidateAsync(name, JsonNode.Parse(json)!, "1.5", CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Contains(result.Errors, e => e.Event == expectedEvent);
    }

    [Fact]
    public async Task Validator_ExitsNonZero_WhenAnyCardOfABatchIsBroken()
    {
        var good = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x"}]}""";
        var bad = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Fancy"}]}""";
        var request = $$"""{"cards":[{"name":"good","card":{{good}}},{"name":"bad","card":{{bad}}}]}""";

        var outcome = await NodeProcess.RunAsync(AdaptiveCardValidator.ScriptPath, ["--stdin"], request, CancellationToken.None);

        Assert.Equal(1, outcome.ExitCode);
        var report = JsonNode.Parse(outcome.StdOut)!;
        Assert.True((bool)report["results"]![0]!["ok"]!);
        Assert.False((bool)report["results"]![1]!["ok"]!);
    }

    /// <summary>The protocol doc's <c>"fallback":"Action.Submit"</c>: the parser accepts it at 1.5 without a word,
    /// but a host without Action.Execute then drops the button. Only an action object (or "drop") is a fallback.</summary>
    [Fact]
    public async Task StringFallback_IsAcceptedSilently_ButLosesTheButtonWithoutActionExecute()
    {
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x"}],
             "actions":[{"type":"Action.Execute","title":"Approve","verb":"approval.approve","data":{"action":"approval.approve"},"fallback":"Action.Submit"}]}
            """)!;

        var withExecute = await AdaptiveCardValidator.ValidateAsync([("string fallback", card)], "1.5", null, CancellationToken.None);
        var withoutExecute = await AdaptiveCardValidator.ValidateAsync([("string fallback", card)], "1.5", ["Action.Execute"], CancellationToken.None);

        Assert.True(withExecute.Ok);
        Assert.False(withoutExecute.Ok);
        Assert.Contains(withoutExecute.Results[0].Errors, e => e.Message.Contains("is lost", StringComparison.Ordinal));
    }
}
