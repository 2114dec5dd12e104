namespace Khulnasoft.Cards.Tests;

/// <summary>
/// The approval card and the agent cards in German (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/> de-DE, as the bot sets
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
        var cards = GermanCards.Samples(name => name.Contains("/approval-", StringComparison.Ordinal) || name.Contains("/handoff-", StringComparison.Ordinal));

        Assert.Equal(18, cards.Count);
        await GermanCards.AssertNoEnglishLeftAndValidAsync(cards, English);
    }
}
