using Khulnasoft.Bot.Runtime.Connector;
using System.Security.Claims;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The conversation logic of the Direct Line server, shared by the HTTP endpoints (the user's side) and the
/// in-process connector (the bot's side): starting conversations, stamping user and bot activities the way Azure's
/// Direct Line does, appending them to the store and handing user activities to the bot.
/// </summary>
public sealed class DirectLineChannel(
    IDirectLineStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider clock,
    ILogger<DirectLineChannel> logger)
{
    /// <summary>User ids with this prefix were bound into the token by the embedding site's backend (Azure's rule).</summary>
    public const string BoundUserPrefix = "dl_";

    /// <summary>The authentication type of the identity under which Direct Line turns run.</summary>
    public const string AuthenticationType = "DirectLine";

    private readonly DirectLineOptions _options = options.Value;

    public DirectLineOptions Options => _options;

    public ChannelAccount BotAccount => new(_options.BotId, _options.BotName, RoleTypes.Bot);

    /// <summary>Creates the conversation if needed; true when this call created it.</summary>
    public async Task<(DirectLineConversation Conversation, bool Created)> StartAsync(
        string conversationId, string? userId, string? userName, string? locale, CancellationToken cancellationToken)
    {
        var conversation = new DirectLineConversation(conversationId, userId, userName, locale, clock.GetUtcNow());
        if (await store.TryCreateConversationAsync(conversation, cancellationToken).ConfigureAwait(false))
        {
            DirectLineLog.ConversationStarted(logger, conversationId, userId is not null);
            return (conversation, true);
        }

        var existing = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return (existing ?? conversation, false);
    }

    /// <summary>
    /// Sends the bot its <c>conversationUpdate</c> (members added: bot and user) once per conversation. It goes to the
    /// bot only, never to the client, as on Azure.
    /// </summary>
    public async Task SendMembersAddedOnceAsync(DirectLineConversation conversation, ChannelAccount user, BotAdapter adapter, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (!await store.TryMarkMembersAddedAsync(conversation.Id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversation.Id + "|update",
            ChannelId = _options.ChannelId,
            ServiceUrl = _options.ServiceUrl,
            Timestamp = clock.GetUtcNow(),
            From = new ChannelAccount(user.Id, user.Name, RoleTypes.User),
            Recipient = BotAccount,
            Conversation = new ConversationAccount(conversation.Id),
            MembersAdded = [BotAccount, new ChannelAccount(user.Id, user.Name, RoleTypes.User)],
            Locale = conversation.Locale,
        };
        await DeliverAsync(update, adapter, bot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stamps a user activity as Direct Line does (channel, conversation, recipient, timestamp, <c>from.role</c>;
    /// <c>channelData</c> untouched; a token-bound user id overwrites <c>from.id</c>) and appends it, which echoes it
    /// to the client with its new id.
    /// </summary>
    public async Task<Activity> AppendUserActivityAsync(string conversationId, Activity incoming, DirectLineToken? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var activity = incoming.Clone();
        var from = activity.From ?? new ChannelAccount();
        if (token?.UserId is not null)
        {
            from.Id = token.UserId;
            from.Name ??= token.UserName;
        }
        else if (from.Id is not null && from.Id.StartsWith(BoundUserPrefix, StringComparison.Ordinal))
        {
            throw new ConnectorException(400, "BadArgument", "User ids starting with 'dl_' are reserved for ids bound into a token.");
        }

        if (string.IsNullOrEmpty(from.Id))
        {
            throw new ConnectorException(400, "MissingProperty", "The activity needs from.id.");
        }

        from.Role = RoleTypes.User;
        activity.From = from;
        activity.Id = null;
        activity.ChannelId = _options.ChannelId;
        activity.ServiceUrl = null;
        activity.Conversation = new ConversationAccount(conversationId);
        activity.Recipient = BotAccount;
        activity.Timestamp = clock.GetUtcNow();
        activity.CallerId = null;
        var sequence = await store.AppendActivityAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        activity.Id = DirectLineActivityIds.For(conversationId, sequence);
        return activity;
    }

    /// <summary>Runs the bot's turn for an activity of this channel, as the bot would receive it from Azure's Direct Line.</summary>
    public async Task DeliverAsync(Activity activity, BotAdapter adapter, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(bot);
        var toBot = activity.Clone();
        toBot.ServiceUrl = _options.ServiceUrl;
        toBot.Recipient ??= BotAccount;
        var identity = new ClaimsIdentity(
            [new Claim("aud", _options.BotId), new Claim("iss", "khulnasoft-directline"), new Claim("serviceurl", _options.ServiceUrl)],
            AuthenticationType);
        try
        {
            await adapter.ProcessActivityAsync(identity, toBot, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not StorageUnavailableException)
        {
            DirectLineLog.BotFailed(logger, e, activity.Conversation?.Id ?? "", activity.Id ?? "");
            throw new ConnectorException(502, "BotRejectedActivity", "The bot failed to process the activity.");
        }
    }

    /// <summary>
    /// Appends an activity the bot sent (the Connector's send/reply), with the Connector's semantics: a new id,
    /// <c>from.role: bot</c>, <c>replyToId</c>, a timestamp; 404 for an unknown conversation, 413 when too large.
    /// </summary>
    public async Task<ResourceResponse> AppendBotActivityAsync(string conversationId, string? replyToId, Activity outgoing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        if (string.IsNullOrEmpty(outgoing.Type))
        {
            throw new ConnectorException(400, "MissingProperty", "The activity needs a type.");
        }

        if (JsonSerializer.SerializeToUtf8Bytes(outgoing, BotJson.Options).Length > _options.MaxActivityBytes)
        {
            DirectLineLog.ConnectorRefused(logger, "send", conversationId, "MessageSizeTooBig");
            throw new ConnectorException(413, "MessageSizeTooBig", "The activity is larger than the channel accepts.");
        }

        if (await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ConnectorException(404, "ConversationNotFound", "The conversation does not exist or has expired.");
        }

        var activity = outgoing.Clone();
        activity.Id = null;
        activity.From = new ChannelAccount(activity.From?.Id ?? _options.BotId, activity.From?.Name ?? _options.BotName, RoleTypes.Bot);
        activity.Conversation = new ConversationAccount(conversationId);
        activity.ChannelId = _options.ChannelId;
        activity.ServiceUrl = null;
        activity.Timestamp = clock.GetUtcNow();
        if (replyToId is not null)
        {
            activity.ReplyToId = replyToId;
        }

        var sequence = await store.AppendActivityAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(DirectLineActivityIds.For(conversationId, sequence));
    }
}
