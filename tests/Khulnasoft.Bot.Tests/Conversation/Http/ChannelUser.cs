using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// One user of one conversation, whose channel (Teams, or Azure's Direct Line) POSTs their activities to the running
/// host's <c>/api/messages</c> with a signed channel token. Messages go with <c>deliveryMode: expectReplies</c>, so
/// the bot's replies come back in the HTTP body (<c>{"activities":[…]}</c>, protocol doc §2.5) — unless
/// <see cref="Connector"/> is set: then they go with normal delivery, as Teams sends them, the answer is an empty 200,
/// and the replies are what the bot posted to the channel's Connector meanwhile. An Action.Execute click
/// (<see cref="ExecuteAsync"/>) is an <c>adaptiveCard/action</c> invoke with normal delivery, answered in the HTTP
/// body (§5.3); anything else that turn sends goes to the Connector.
/// </summary>
public sealed class ChannelUser(BotTestHost host, ChannelTokens credentials, ConversationReference reference, Replies replies)
    : ConversationUser(replies)
{
    private int _fromConnector;

    /// <summary>Entities every activity of this user carries (e.g. Teams' <c>clientInfo</c> with the time zone).</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>What the bot has posted into this conversation at the channel's Connector so far (e.g. a fake channel's record).</summary>
    public Func<IReadOnlyList<Activity>>? Connector { get; init; }

    /// <summary>
    /// The user clicks the Action.Execute with verb <paramref name="verb"/> on the newest card that has one (Teams).
    /// The invoke's HTTP answer must be 200; its body (<c>{statusCode, type, value}</c>) is returned.
    /// </summary>
    public async Task<JsonObject> ExecuteAsync(string verb)
    {
        AssertAllRepliesChecked();
        var activity = Incoming(ActivityTypes.Invoke);
        activity.Name = Runtime.Turns.ActivityHandler.AdaptiveCardActionInvoke;
        activity.Value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = Guid.NewGuid().ToString("N"), ["verb"] = verb, ["data"] = Replies.DataOf(verb) },
            ["trigger"] = "manual",
        };
        var (status, body) = await PostAsync(activity);
        Assert.True(status == HttpStatusCode.OK, $"invoke {verb}: HTTP {(int)status} {body}");
        var answer = Assert.IsType<JsonObject>(JsonNode.Parse(body));
        if (answer["type"]?.GetValue<string>() == AdaptiveCardInvokeResponse.CardType)
        {
            Replies.See($"invoke {verb}", answer["value"]!.AsObject());
        }

        // Whatever else the turn said (e.g. the next step once the checklist is complete) went to the Connector.
        if (Connector is not null)
        {
            Receive(FromConnector());
        }

        return answer;
    }

    /// <summary>
    /// The user answers a Teams file consent card (<paramref name="action"/> <c>accept</c> or <c>decline</c>): the
    /// <c>fileConsent/invoke</c> Teams sends, with the card's context echoed back and, on accept, where to upload. The
    /// invoke's HTTP status is returned; what the turn sent to the Connector becomes the replies.
    /// </summary>
    public async Task<HttpStatusCode> FileConsentAsync(string replyToId, string action, JsonNode? context, JsonObject? uploadInfo)
    {
        AssertAllRepliesChecked();
        var activity = Incoming(ActivityTypes.Invoke);
        activity.Name = "fileConsent/invoke";
        activity.ReplyToId = replyToId;
        var value = new JsonObject { ["type"] = "fileUpload", ["action"] = action, ["context"] = context?.DeepClone() };
        if (uploadInfo is not null)
        {
            value["uploadInfo"] = uploadInfo.DeepClone();
        }

        activity.Value = value;
        var (status, _) = await PostAsync(activity);
        if (Connector is not null)
        {
            Receive(FromConnector());
        }

        return status;
    }

    /// <summary>The card of an answer to an Action.Execute invoke (status 200, the Adaptive Card type), or a failure.</summary>
    public static JsonObject CardOf(JsonObject invokeAnswer)
    {
        ArgumentNullException.ThrowIfNull(invokeAnswer);
        Assert.Equal(200, invokeAnswer["statusCode"]?.GetValue<int>());
        Assert.Equal(CardSerializer.ContentType, invokeAnswer["type"]?.GetValue<string>());
        return Assert.IsType<JsonObject>(invokeAnswer["value"]);
    }

    protected override async Task<IReadOnlyList<Activity>> ExchangeAsync(Activity activity)
    {
        if (Connector is not null)
        {
            // The bot replies through the Connector during the turn, before it answers the POST.
            var (sent, answer) = await PostAsync(activity);
            Assert.True(sent == HttpStatusCode.OK && answer.Length == 0, $"\"{activity.Text}\": HTTP {(int)sent} {answer}");
            return FromConnector();
        }

        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var (status, body) = await PostAsync(activity);
        Assert.True(status == HttpStatusCode.OK, $"\"{activity.Text}\": HTTP {(int)status} {body}");
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!.Activities;
        Assert.All(replies, reply =>
        {
            Assert.Equal(reference.Conversation!.Id, reply.Conversation?.Id);
            Assert.Equal(reference.User!.Id, reply.Recipient?.Id);
        });
        return replies;
    }

    private List<Activity> FromConnector()
    {
        var posted = Connector!();
        var fresh = posted.Skip(_fromConnector).ToList();
        _fromConnector = posted.Count;
        return fresh;
    }

    protected override Activity Incoming(string type)
    {
        var activity = new Activity
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = TimeProvider.System.GetUtcNow(),
        }.ApplyConversationReference(reference, isIncoming: true);
        if (activity.ChannelId == Runtime.Schema.Channels.Msteams)
        {
            activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = reference.Conversation?.TenantId } };
        }

        if (Entities.Count > 0)
        {
            activity.Entities = [.. Entities];
        }

        return activity;
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(Activity activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.ChannelToken(reference.ServiceUrl!));
        using var response = await host.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
