namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// The runtime's apology after a failed turn is the product's, in the turn's language: over HTTP with real channel
/// tokens, a German Teams turn that fails (its stored dialog is gone) is answered in German with the reference.
/// </summary>
public sealed class GermanTurnErrorTests : AuthenticatedHostTests
{
    [Fact]
    public async Task AFailedGermanTurn_IsApologisedForInGerman_WithTheReference()
    {
        var ada = Bed.TeamsUser("ada", "a:ada-broken-de", "de-DE");
        await ada.SendAsync("Konto löschen");
        ada.Next(R.Card("Bestätigen Sie Ihr Konto"), "the identity step waits for her answer");
        await TurnErrorTests.RetireTheActiveDialogAsync(Host, DemoChats.Teams("ada", "a:ada-broken-de", Bed.Teams.ServiceUrl));

        await ada.SendAsync("hilfe");

        var apology = ada.Next(R.Text("Entschuldigung, bei uns ist etwas schiefgegangen."), "the failed turn is apologised for in German");
        Assert.Matches(@"nennen Sie die Referenz \S+\.$", apology.Text);
    }
}
