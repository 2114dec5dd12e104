using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Conversation;

/// <summary>Card messages and the channel facts that decide how cards and account details may be shown.</summary>
public static class CardMessages
{
    /// <summary>A message carrying one Adaptive Card (and optional text, shown above it).</summary>
    public static Activity Create(JsonObject card, string? text = null)
    {
        var message = Activity.CreateMessageActivity(text);
        message.Attachments = [new Attachment { ContentType = CardSerializer.ContentType, Content = card }];
        return message;
    }

    /// <summary>A fresh id for a card the bot sends (<c>card_</c> and 12 hex digits).</summary>
    public static string NewCardId() => "card_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Teams renders schema ≤1.5 with Action.Execute; everything else gets the Web Chat flavour.</summary>
    public static CardHost HostFor(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return IsTeams(turnContext.Activity) ? CardHost.Teams : CardHost.WebChat;
    }

    public static bool IsTeams(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.Ordinal);
    }

    /// <summary>A Teams group chat or channel (or any conversation flagged as a group): no account details there.</summary>
    public static bool IsGroup(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation is { } conversation
            && (conversation.IsGroup == true || conversation.ConversationType is "groupChat" or "channel");
    }

    /// <summary>The card action a message submit or a Teams invoke carries (<c>value.action</c> or the Execute verb).</summary>
    public static string? ActionOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsType(ActivityTypes.Invoke))
        {
            return activity.Value is JsonObject invoke && invoke["action"] is JsonObject action
                ? (action["verb"] as JsonValue)?.GetValue<string>() ?? ((action["data"] as JsonObject)?["action"] as JsonValue)?.GetValue<string>()
                : null;
        }

        return string.IsNullOrWhiteSpace(activity.Text) && activity.Value is JsonObject value && value[CardActions.ActionField] is JsonValue named
            && named.TryGetValue<string>(out var name) ? name : null;
    }

    /// <summary>The <c>data</c> of the clicked action (message submit: the value; invoke: <c>value.action.data</c>).</summary>
    public static JsonObject DataOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsType(ActivityTypes.Invoke))
        {
            return activity.Value is JsonObject invoke && invoke["action"] is JsonObject action && action["data"] is JsonObject data
                ? data
                : [];
        }

        return activity.Value as JsonObject ?? [];
    }
}
