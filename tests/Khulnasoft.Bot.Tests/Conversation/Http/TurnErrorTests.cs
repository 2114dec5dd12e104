using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Tests.Channels;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// A turn that throws must not loop: the running host (real authentication, Teams with <c>expectReplies</c>) is
/// given a conversation whose stored dialog stack names a dialog the bot no longer has (as after a deploy that
/// retired one). The failing turn tells the user; the conversation's dialog state is cleared, so the next message is
/// answered as in a fresh conversation, and the user's deletion case is kept.
/// </summary>
public sealed class TurnErrorTests : IAsyncLifetime
{
    private readonly BotTestHost _host = new BotTestHost().WithSandbox();
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
    public async Task ABrokenDialogState_FailsOneTurn_TheNextMessageStartsFresh_AndTheCaseIsKept()
    {
        var scheduler = _host.Services.GetRequiredService<DeletionScheduler>();
        var existing = await scheduler.RequestAsync(
            new DeletionRequest("user_ada", ["acct_ada_labs"], null, null, DeletionActors.User("user_ada")), CancellationToken.None);
        var reference = DemoChats.Teams("ada", "a:ada-broken-state");
        var ada = new ChannelUser(_host, _credentials, reference, _r);
        await ada.SendAsync("delete my account");
        ada.Next(_r.Card("You're signed in as", "ada@example.com"), "the identity step waits for her answer");
        await RetireTheActiveDialogAsync(_host, reference);

        await ada.SendAsync("help");
        ada.Next(_r.Text(CloudAdapter.ErrorMessageFormat.Split("{0}")[0]), "the turn failed and she is told");
        await ada.SendAsync("help");
        ada.Next(_r.Text(KhulnasoftActivityHandler.Help), "no dialog is left to fail again: help answers as in a fresh conversation");

        var kept = await scheduler.FindActiveAsync("user_ada", CancellationToken.None);
        Assert.Equal(existing.CaseId, kept!.CaseId);
        Assert.Equal(DeletionCaseState.Scheduled, kept.State);
    }

    /// <summary>Rewrites the stored conversation state: the dialog on top of its stack gets an id no dialog has.</summary>
    internal static async Task RetireTheActiveDialogAsync(BotTestHost host, ConversationReference reference)
    {
        var storage = host.Services.GetRequiredService<IStorage>();
        var key = $"{reference.ChannelId}/conversations/{reference.Conversation!.Id}";
        var stored = (JsonElement)(await storage.ReadAsync([key]))[key];
        var state = JsonNode.Parse(stored.GetRawText())!.AsObject();
        var stack = state["DialogState"]!["dialogStack"]!.AsArray();
        Assert.Equal(DeletionDialog.Id, stack[0]!["id"]!.GetValue<string>());
        stack[0]!["id"] = "retired-dialog";
        state.Remove("eTag");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = state });
    }
}
