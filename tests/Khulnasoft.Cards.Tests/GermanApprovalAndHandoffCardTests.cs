using System.Globalization;
using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Cards.Tests;

/// <summary>
/// The approval card and the agent cards in German (<see cref="CultureInfo.CurrentUICulture"/> de-DE, as the bot sets
/// it): no English left on them, and every one passes the official parser at 1.5 on both hosts.
/// </summary>
public sealed class GermanApprovalAndHandoffCardTests
{
    private static readonly string[] English =
    [
        "Account deletion request", "Waiting for approval", "Approve", "Reject", "asks to delete", "Requested", "Approved by", "Rejected by", "Expired unanswered",
        "Help requested", "needs help deleting", "Accepted by", "Waiting for an agent", "Conversation with", "Hand back to bot", "Transfer to", "Transcript so far", "No messages yet",
    ];

    [Fact]
    public async Task ApprovalAndHandoffCards_InGerman_HaveNoEnglishLeft_AndPassTheParser()
    {
        List<(string Name, JsonNode Card)> cards;
        var before = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo("de"), CultureInfo.GetCultureInfo("de-DE"));
            cards = [.. CardSamples.All(CardHost.Teams).Concat(CardSamples.All(CardHost.WebChat))
                .Where(c => c.Name.Contains("/approval-", StringComparison.Ordinal) || c.Name.Contains("/handoff-", StringComparison.Ordinal))
                .Select(c => (c.Name, (JsonNode)c.Card))];
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = before;
        }

        Assert.Equal(18, cards.Count);
        foreach (var (name, card) in cards)
        {
            var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Assert.All(English, phrase => Assert.False(json.Contains(phrase, StringComparison.Ordinal), $"{name} still says \"{phrase}\": {json}"));
        }

        var report = await AdaptiveCardValidator.ValidateAsync(cards, "1.5", cancellationToken: CancellationToken.None);
        Assert.True(report.Ok, report.Describe());
        Assert.All(report.Results, r => Assert.Empty(r.Warnings));
    }
}
