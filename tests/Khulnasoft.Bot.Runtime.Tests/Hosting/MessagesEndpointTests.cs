using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Runtime.Tests.Hosting;

/// <summary>The messaging endpoint in anonymous local mode, over real HTTP, replying to a fake Connector.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private FakeChannelService _channel = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelService.StartAsync();
        _bot = await BotServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task NormalDelivery_RepliesThroughConnectorAndAnswersEmpty200()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "hello").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var call = Assert.Single(_channel.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/emea/v3/conversations/a%3A1xYz%3Bmessageid%3D17%2Fx%3Fy/activities/1712345678901", call.RawTarget);
        Assert.Equal(string.Empty, call.Authorization);
        var reply = call.Activity!;
        Assert.Equal("message", reply.Type);
        Assert.Equal("echo: hello", reply.Text);
        Assert.Equal(Activities.TeamsActivityId, reply.ReplyToId);
        Assert.Equal("28:bot-app-id", reply.From?.Id);
        Assert.Equal("29:1AbC", reply.Recipient?.Id);
        Assert.Equal(Activities.TeamsConversationId, reply.Conversation?.Id);
        Assert.Equal("msteams", reply.ChannelId);
    }

    [Fact]
    public async Task NormalDelivery_InAnonymousMode_HasNoCallerIdAndAnAnonymousIdentity()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl, "hello");
        activity["callerId"] = "urn:botframework:forged";

        await _bot.PostAsync(activity.ToJsonString());

        var turn = Assert.Single(_bot.Log.Turns);
        Assert.Null(turn.Activity.CallerId);
        Assert.Equal("anonymous", turn.Identity?.AuthenticationType);
        Assert.False(string.IsNullOrEmpty(turn.CorrelationId));
    }

    [Fact]
    public async Task DirectLineConversationUpdate_WelcomeGoesToConversationWithoutReplyToId()
    {
        var response = await _bot.PostAsync(Activities.DirectLineConversationUpdate(_channel.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_channel.Calls);
        Assert.Equal("/emea/v3/conversations/Kx9q2/activities", call.RawTarget);
        Assert.Null(call.Activity!.ReplyToId);
        Assert.Equal("welcome", call.Activity.Text);
        Assert.Equal("khulnasoft-bot@Ab12", call.Activity.From?.Id);
        Assert.Equal("dl_5b0e", call.Activity.Recipient?.Id);
    }

    [Fact]
    public async Task ExpectReplies_ReturnsTheRepliesInOrderAndCallsNoConnector()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "two", DeliveryModes.ExpectReplies).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync(), BotJson.Options)!;
        Assert.Equal(["first", "second"], replies.Activities.Select(a => a.Text));
        Assert.All(replies.Activities, a => Assert.Equal(Activities.TeamsActivityId, a.ReplyToId));
        Assert.Empty(_channel.Calls);
    }

    [Fact]
    public async Task ExpectReplies_WithoutServiceUrl_IsAccepted()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl, "hi", DeliveryModes.ExpectReplies);
        activity.Remove("serviceUrl");

        var response = await _bot.PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("echo: hi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandledInvoke_AnswersTheInvokeResponseStatusAndBody()
    {
        var response = await _bot.PostAsync(Activities.ExecuteInvoke(_channel.ServiceUrl, Activities.ExecuteValue("approve")).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Equal("done: approve", body["value"]!.GetValue<string>());
        Assert.Empty(_channel.Calls);
    }

    [Fact]
    public async Task UnhandledInvoke_Answers501()
    {
        var invoke = Activities.ExecuteInvoke(_channel.ServiceUrl, new JsonObject());
        invoke["name"] = "composeExtension/query";

        var response = await _bot.PostAsync(invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData(null, "Missing value property")]
    [InlineData("{\"trigger\":\"manual\"}", "Missing action property")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\"}}", "not supported")]
    public async Task ExecuteInvokeWithBadValue_Answers400WithAnErrorBody(string? value, string message)
    {
        var invoke = Activities.ExecuteInvoke(_channel.ServiceUrl, value is null ? null : JsonNode.Parse(value));

        var response = await _bot.PostAsync(invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Contains(message, body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingTurn_TellsTheUserWithAReferenceAndNeverTheExceptionText()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "fail").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_channel.Calls);
        var correlationId = Assert.Single(_bot.Log.Turns).CorrelationId!;
        Assert.Equal($"Sorry, something went wrong on our side. If it keeps happening, contact support and quote reference {correlationId}.", call.Activity!.Text);
        Assert.DoesNotContain("hunter2", call.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingInvoke_Answers500WithAClearBodyWithoutTheExceptionText()
    {
        var response = await _bot.PostAsync(Activities.ExecuteInvoke(_channel.ServiceUrl, Activities.ExecuteValue("explode")).ToJsonString());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        Assert.Equal(500, body["statusCode"]!.GetValue<int>());
        Assert.StartsWith("Sorry, something went wrong on our side.", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.Empty(_channel.Calls);
    }

    [Fact]
    public async Task StorageUnavailable_Answers503WithRetryAfterAndTellsTheUserNothing()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "storage down").ToJsonString());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Empty(_channel.Calls);
    }

    [Fact]
    public async Task TraceActivities_AreNotSentOutsideTheEmulator()
    {
        await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "trace").ToJsonString());

        var call = Assert.Single(_channel.Calls);
        Assert.Equal("after trace", call.Activity!.Text);
    }

    [Fact]
    public async Task TraceActivities_AreSentToTheEmulator()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl, "trace");
        activity["channelId"] = "emulator";

        await _bot.PostAsync(activity.ToJsonString());

        Assert.Equal(["trace", "message"], _channel.Calls.Select(c => c.Activity!.Type));
    }

    [Fact]
    public async Task DelayActivities_AreNotSentAndKeepTheOrder()
    {
        await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "delay").ToJsonString());

        Assert.Equal(["before", "after"], _channel.Calls.Select(c => c.Activity!.Text));
    }

    [Fact]
    public async Task UpdateAndDelete_GoThroughTheConnectorWithTheSentId()
    {
        await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "edit").ToJsonString());

        const string conversation = "/emea/v3/conversations/a%3A1xYz%3Bmessageid%3D17%2Fx%3Fy/activities";
        Assert.Equal(
            ["POST " + conversation + "/1712345678901", "PUT " + conversation + "/sent-1", "DELETE " + conversation + "/sent-1"],
            _channel.Calls.Select(c => c.Method + " " + c.RawTarget));
        var update = _channel.Calls.ElementAt(1).Activity!;
        Assert.Equal("v2", update.Text);
        Assert.Equal("sent-1", update.Id);
        Assert.Equal(Activities.TeamsConversationId, update.Conversation?.Id);
    }

    [Fact]
    public async Task ContinueConversation_SendsAProactiveMessageToTheConversation()
    {
        await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "hello").ToJsonString());
        var reference = _bot.Log.Turns.Single().Activity.GetConversationReference();
        reference.ActivityId = null;

        await _bot.Adapter.ContinueConversationAsync(null, reference, (turn, ct) => turn.SendActivityAsync("reminder", cancellationToken: ct), CancellationToken.None);

        var call = await _channel.WaitForCallAsync(2);
        Assert.Equal("/emea/v3/conversations/a%3A1xYz%3Bmessageid%3D17%2Fx%3Fy/activities", call.RawTarget);
        Assert.Equal("reminder", call.Activity!.Text);
        Assert.Equal("28:bot-app-id", call.Activity.From?.Id);
        Assert.Equal("29:1AbC", call.Activity.Recipient?.Id);
    }

    [Fact]
    public async Task ContinueConversation_WhenTheCallbackFails_ThrowsToTheCallerAndSendsNothing()
    {
        var reference = new Activity
        {
            ServiceUrl = _channel.ServiceUrl,
            ChannelId = "msteams",
            Conversation = new ConversationAccount("a:1"),
            From = new ChannelAccount("29:1"),
            Recipient = new ChannelAccount("28:bot"),
        }.GetConversationReference();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _bot.Adapter.ContinueConversationAsync(null, reference, (_, _) => throw new InvalidOperationException("job failed"), CancellationToken.None));

        Assert.Empty(_channel.Calls);
    }

    [Fact]
    public async Task ConnectorFailureDuringTurn_IsHandledByTheTurnErrorHandlerNotA500()
    {
        _channel.Enqueue(403, "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}");

        var response = await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "hello").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _channel.Calls.Count);
        Assert.StartsWith("Sorry, something went wrong", _channel.Calls.Last().Activity!.Text, StringComparison.Ordinal);
    }
}
