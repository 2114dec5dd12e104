using System.Text.Json.Nodes;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Testing;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;
using ChannelIds = Khulnasoft.Bot.Runtime.Schema.Channels;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary>The <see cref="IdentityDialog"/> in one conversation (DialogTestClient): each turn returns all the bot's replies.</summary>
public sealed class IdentityConversation
{
    private readonly DialogTestClient _client;

    private IdentityConversation(IdentityDialog dialog, ConversationReference reference, TimeProvider clock, IMiddleware trust)
    {
        _client = new DialogTestClient(new TestAdapter(reference, timeProvider: clock), dialog, middlewares: [trust]);
    }

    /// <summary>A Teams personal chat of the user with this Entra object id, on authenticated channel turns.</summary>
    public static IdentityConversation Teams(IdentityServices services, TimeProvider clock, string objectId, IMiddleware? trust = null) =>
        new(services.Dialog, new ConversationReference
        {
            ChannelId = ChannelIds.Msteams,
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            User = new ChannelAccount("29:" + objectId, null, null, objectId),
            Bot = new ChannelAccount("28:khulnasoft-bot", "Khulnasoft"),
            Conversation = new ConversationAccount("a:personal-" + objectId, null, false, "personal", DemoUsers.Tenant),
            Locale = "en-US",
        }, clock, trust ?? AuthenticatedTurns.ChannelToken());

    /// <summary>Web Chat on this bot's Direct Line server, as user <paramref name="userId"/> (a <c>dl_</c> id when the site bound one).</summary>
    public static IdentityConversation DirectLine(IdentityServices services, TimeProvider clock, string userId, IMiddleware? trust = null) =>
        new(services.Dialog, new ConversationReference
        {
            ChannelId = ChannelIds.Directline,
            ServiceUrl = "https://directline.khulnasoft-bot.internal/",
            User = new ChannelAccount(userId, null, RoleTypes.User),
            Bot = new ChannelAccount("khulnasoft-bot", "Khulnasoft", RoleTypes.Bot),
            Conversation = new ConversationAccount("dl-conversation-" + Guid.NewGuid().ToString("N")),
            Locale = "en-US",
        }, clock, trust ?? AuthenticatedTurns.DirectLine());

    public DialogTurnResult? LastResult => _client.DialogTurnResult;

    /// <summary>True once the dialog has ended (with an identity or with null).</summary>
    public bool Ended => _client.DialogTurnResult?.Status == DialogTurnStatus.Complete;

    public VerifiedIdentity? Identity => _client.DialogTurnResult?.Result as VerifiedIdentity;

    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        return Drain(await _client.SendActivityAsync(_client.TestAdapter.MakeActivity(text)));
    }

    /// <summary>An Action.Submit click: no text, the action's data as <c>value</c> (Web Chat adds <c>channelData.postBack</c>).</summary>
    public async Task<IReadOnlyList<Activity>> ClickAsync(JsonObject data)
    {
        var activity = _client.TestAdapter.MakeActivity();
        activity.Value = data;
        activity.ChannelData = new JsonObject { ["postBack"] = true };
        return Drain(await _client.SendActivityAsync(activity));
    }

    /// <summary>The data of the card button with this action in the reply's Adaptive Card (the Action.Submit one, or an Execute's fallback).</summary>
    public static JsonObject ButtonData(Activity reply, string action)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var card = reply.Attachments?.SingleOrDefault(a => a.ContentType == CardSerializer.ContentType)?.Content as JsonObject
            ?? throw new InvalidOperationException("The reply has no Adaptive Card.");
        var data = (card["actions"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(a => a["data"] as JsonObject)
            .FirstOrDefault(d => d?[CardActions.ActionField]?.GetValue<string>() == action)
            ?? throw new InvalidOperationException("The card has no " + action + " button.");
        return (JsonObject)data.DeepClone();
    }

    public static string[] Texts(IEnumerable<Activity> replies) => [.. replies.Select(r => r.Text ?? "")];

    // DialogTestClient returns the turn's first reply and keeps the rest queued.
    private List<Activity> Drain(Activity? first)
    {
        var replies = new List<Activity>();
        for (var reply = first; reply is not null; reply = _client.GetNextReply())
        {
            replies.Add(reply);
        }

        return replies;
    }
}
