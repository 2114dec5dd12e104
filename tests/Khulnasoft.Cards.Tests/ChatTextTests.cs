namespace Khulnasoft.Cards.Tests;

public sealed class ChatTextTests
{
    [Theory]
    [InlineData("adashop.com", "`adashop.com`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`edge", "`` `edge ``")]
    public void Code_IsACodeSpanThatHoldsTheTextAsWritten(string text, string expected)
    {
        Assert.Equal(expected, ChatText.Code(text));
    }

    [Fact]
    public void PendingMessageLines_PutDomainNamesInCodeSpans_AndNameAccountsAsTheyAre()
    {
        var lines = CardSamples.AdaChecklist().PendingMessageLines.ToList();

        Assert.Contains("`ada.example`: Registrar auto-renew disabled", lines);
        Assert.Contains("`shop.ada.example`: DNS records moved to your DNS provider (CNAME setup)", lines);
        Assert.Contains("Ada's Workshop: Payment information deleted", lines);
        Assert.Equal(CardSamples.AdaChecklist().PendingLines.Count(), lines.Count);
    }
}
