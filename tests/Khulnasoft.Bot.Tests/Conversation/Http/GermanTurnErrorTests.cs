using Khulnasoft.Bot.Tests.Channels;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// The runtime's apology after a failed turn is the product's, in the turn's language: over HTTP with real channel
/// tokens, a German Teams turn that fails (its stored dialog is gone) is answered in German with the reference.
/// </summary>
public sealed class GermanTurnErrorTests : IAsyncLifetime
{
    private readonly ConversationHost _host = new();
    private readonly Replies _r = new();
    private ChannelTokens _credentials = null!;

    public async Task InitializeAsync()
    {
        _credentials = await ChannelTokens.StartAsync();
        _host.WithChannelTokens(_credentials).Start();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _credentials.DisposeAsync();
    }

    [Fact]
    public async Task AFailedGermanTurn_IsApologisedForInGerman_WithTheReference()
    {
        var reference = ConversationHost.Teams("ada", "a:ada-broken-de");
        reference.Locale = "de-DE";
        var ada = new ChannelUser(_host, _credentials, reference, _r);
        await ada.SendAsync("Konto löschen");
        ada.Next(_r.Card("Bestätigen Sie Ihr Konto"), "the identity step waits for her answer");
        await TurnErrorTests.RetireTheActiveDialogAsync(_host, reference);

        await ada.SendAsync("hilfe");

        var apology = ada.Next(_r.Text("Entschuldigung, bei uns ist etwas schiefgegangen."), "the failed turn is apologised for in German");
        Assert.Matches(@"nennen Sie die Referenz \S+\.$", apology.Text);
    }
}
