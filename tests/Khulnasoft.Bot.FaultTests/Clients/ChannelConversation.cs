using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FaultTests.Results;

namespace Khulnasoft.Bot.FaultTests.Clients;

/// <summary>
/// A channel delivering one conversation's activities to <c>POST /api/messages</c> as the Bot Framework does: each
/// activity has its own id, and an answer of 503 makes the channel deliver the same activity (same id) again after
/// <c>Retry-After</c>. Activities ask for <c>expectReplies</c>, so the replies come back in the answer. The hosts run in
/// anonymous local mode (no token), so nobody is vouched for: the bot asks for an email and a one-time code.
/// </summary>
public sealed class ChannelConversation(string conversationId, string channelId = "emulator")
{
    private int _activities;

    public string ConversationId => conversationId;

    /// <summary>A message from this conversation's user, with a fresh activity id.</summary>
    public JsonObject Message(string text) => new()
    {
        ["type"] = "message",
        ["id"] = $"{conversationId}-{Interlocked.Increment(ref _activities).ToString(CultureInfo.InvariantCulture)}",
        ["channelId"] = channelId,
        ["serviceUrl"] = "https://channel.fault.example.invalid/",
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["from"] = new JsonObject { ["id"] = "user-" + conversationId, ["name"] = "Fault" },
        ["recipient"] = new JsonObject { ["id"] = "khulnasoft-bot", ["name"] = "Khulnasoft" },
        ["locale"] = "en-US",
        ["deliveryMode"] = "expectReplies",
        ["text"] = text,
    };

    /// <summary>One delivery of <paramref name="activity"/> to <paramref name="host"/> (with a channel's <paramref name="token"/>, if any): the status, the body, and <c>Retry-After</c>.</summary>
    public static async Task<Delivery> DeliverAsync(HttpClient host, JsonObject activity, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(activity);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = token is null ? null : new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await host.SendAsync(request);
        return new Delivery(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// Delivers <paramref name="activity"/> until it is answered with anything but 503 (waiting <c>Retry-After</c>,
    /// at most <paramref name="maxRetryAfter"/>, between attempts, on the host <paramref name="hostFor"/> picks for each
    /// attempt); counts the 503s and other 5xx in <paramref name="counters"/>; the replies of the accepted delivery.
    /// </summary>
    public static async Task<IReadOnlyList<JsonObject>> DeliverUntilAcceptedAsync(Func<int, HttpClient> hostFor, JsonObject activity, FaultCounters counters, TimeSpan maxRetryAfter)
    {
        ArgumentNullException.ThrowIfNull(hostFor);
        ArgumentNullException.ThrowIfNull(counters);
        for (var attempt = 0; ; attempt++)
        {
            Delivery delivery;
            try
            {
                delivery = await DeliverAsync(hostFor(attempt), activity);
            }
            catch (HttpRequestException)
            {
                counters.ConnectionFailure();
                await Task.Delay(TimeSpan.FromMilliseconds(500));
                continue;
            }

            if (delivery.Status == HttpStatusCode.ServiceUnavailable)
            {
                Assert.True(delivery.RetryAfter is not null, "a 503 without Retry-After");
                counters.Retry();
                await Task.Delay(delivery.RetryAfter.Value < maxRetryAfter ? delivery.RetryAfter.Value : maxRetryAfter);
                continue;
            }

            if ((int)delivery.Status >= 500)
            {
                counters.ServerError($"{(int)delivery.Status} {delivery.Body}");
                return [];
            }

            Assert.True(delivery.Status == HttpStatusCode.OK, $"HTTP {(int)delivery.Status} {delivery.Body}");
            counters.Turn();
            return [.. JsonNode.Parse(delivery.Body)!["activities"]!.AsArray().OfType<JsonObject>()];
        }
    }

    /// <summary>The answer to one delivery.</summary>
    public sealed record Delivery(HttpStatusCode Status, string Body, TimeSpan? RetryAfter, string? MediaType);
}
