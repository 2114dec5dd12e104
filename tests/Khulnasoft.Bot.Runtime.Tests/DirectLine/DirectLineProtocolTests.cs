using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>The Direct Line 3.0 server over raw HTTP and WebSocket, against a real Kestrel and the memory store.</summary>
public sealed class DirectLineProtocolTests : DirectLineHostTest
{

    [Fact]
    public async Task StartConversation_WithSecret_Returns201WithTokenExpiryAndStreamUrl()
    {
        var (status, body) = await Client.StartAsync(DirectLineTestHost.Secret);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.False(string.IsNullOrEmpty(body["conversationId"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(body["token"]?.GetValue<string>()));
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        Assert.StartsWith($"ws://127.0.0.1:", body["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartConversation_TwiceWithTheSameToken_Returns201Then200()
    {
        var token = (await Client.GenerateTokenAsync("dl_ada"))["token"]!.GetValue<string>();

        var first = await Client.StartAsync(token);
        var second = await Client.StartAsync(token);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Body["conversationId"]!.GetValue<string>(), second.Body["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartConversation_WithBoundUser_SendsTheBotOneConversationUpdateWithBotAndUser()
    {
        var (conversationId, _, _) = await Client.StartConversationAsync("dl_ben@example.com");

        var update = Assert.Single(Host.Bot.Received, a => a.IsType(ActivityTypes.ConversationUpdate));
        Assert.Equal("directline", update.ChannelId);
        Assert.Equal("https://directline.khulnasoft-bot.internal/", update.ServiceUrl);
        Assert.Equal(conversationId, update.Conversation!.Id);
        Assert.Equal(["khulnasoft-bot", "dl_ben@example.com"], update.MembersAdded!.Select(m => m.Id));
        Assert.Equal("khulnasoft-bot", update.Recipient!.Id);
    }

    [Fact]
    public async Task PostActivity_EchoesTheUserActivityWithAnIdAndUnchangedChannelData()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");

        var id = await Client.SendAsync(conversationId, token, "hello", "client-1");
        var (activities, watermark) = await Client.GetActivitiesAsync(conversationId, token);

        var echo = activities[0]!;
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.StartsWith(conversationId + "|", id, StringComparison.Ordinal);
        Assert.Equal("client-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.True(echo["channelData"]!["extra"]!["kept"]!.GetValue<bool>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal("dl_ada", echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("hello", DirectLineTestClient.Text(echo));
        Assert.Equal("2", watermark);
    }

    [Fact]
    public async Task PostActivity_BotReplyHasIdRoleReplyToIdAndTimestamp()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");

        var userActivityId = await Client.SendAsync(conversationId, token, "hello", "client-1");
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);

        var reply = activities[1]!;
        Assert.Equal("echo: hello", DirectLineTestClient.Text(reply));
        Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>());
        Assert.Equal("khulnasoft-bot", reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal(userActivityId, reply["replyToId"]!.GetValue<string>());
        Assert.Equal(conversationId + "|0000002", reply["id"]!.GetValue<string>());
        Assert.Equal("2026-03-02T09:00:00Z", reply["timestamp"]!.GetValue<string>());
        Assert.Null(reply["serviceUrl"]);
    }

    [Fact]
    public async Task PostActivity_BotSeesDirectLineChannelAndServiceUrl()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");

        await Client.SendAsync(conversationId, token, "hello", "client-1");

        var message = Assert.Single(Host.Bot.Received, a => a.IsType(ActivityTypes.Message));
        Assert.Equal("directline", message.ChannelId);
        Assert.Equal("https://directline.khulnasoft-bot.internal/", message.ServiceUrl);
        Assert.Equal("client-1", message.ChannelData!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(RoleTypes.User, message.From!.Role);
    }

    [Fact]
    public async Task GetActivities_WithWatermark_ReturnsOnlyNewerActivities()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        await Client.SendAsync(conversationId, token, "one", "c1");
        var (_, afterFirst) = await Client.GetActivitiesAsync(conversationId, token);
        await Client.SendAsync(conversationId, token, "two", "c2");

        var (activities, watermark) = await Client.GetActivitiesAsync(conversationId, token, afterFirst);
        var (none, unchanged) = await Client.GetActivitiesAsync(conversationId, token, watermark);

        Assert.Equal(["two", "echo: two"], activities.Select(DirectLineTestClient.Text));
        Assert.Equal("4", watermark);
        Assert.Empty(none);
        Assert.Equal("4", unchanged);
    }

    [Fact]
    public async Task GetActivities_WithAMalformedWatermark_Returns400()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");

        var status = await Client.StatusOfAsync(HttpMethod.Get, $"conversations/{conversationId}/activities?watermark=abc", token);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Stream_ReceivesTheEchoAndTheBotReply()
    {
        var (conversationId, token, streamUrl) = await Client.StartConversationAsync("dl_ada");
        using var socket = await DirectLineTestClient.ConnectAsync(streamUrl);

        await Client.SendAsync(conversationId, token, "over the socket", "c1");
        var received = await DirectLineTestClient.ReadStreamUntilAsync(socket, r => r.Count >= 2);

        Assert.Equal(["over the socket", "echo: over the socket"], received.Select(DirectLineTestClient.Text));
        Assert.Equal("c1", received[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_FromStartConversation_ReplaysActivitiesSentBeforeTheSocketOpened()
    {
        var (conversationId, token, streamUrl) = await Client.StartConversationAsync("dl_ada");
        await Client.SendAsync(conversationId, token, "early", "c1");

        using var socket = await DirectLineTestClient.ConnectAsync(streamUrl);
        var received = await DirectLineTestClient.ReadStreamUntilAsync(socket, r => r.Count >= 2);

        Assert.Equal(["early", "echo: early"], received.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task Reconnect_WithWatermark_ReplaysFromItOnTheNewStream()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        await Client.SendAsync(conversationId, token, "one", "c1");
        await Client.SendAsync(conversationId, token, "two", "c2");

        using var response = await Host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"conversations/{conversationId}?watermark=2", token));
        var info = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        using var socket = await DirectLineTestClient.ConnectAsync(info["streamUrl"]!.GetValue<string>());
        var received = await DirectLineTestClient.ReadStreamUntilAsync(socket, r => r.Count >= 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversationId, info["conversationId"]!.GetValue<string>());
        Assert.Equal(["two", "echo: two"], received.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task Reconnect_WithoutWatermark_StreamsOnlyNewActivities()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        await Client.SendAsync(conversationId, token, "old", "c1");

        using var response = await Host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"conversations/{conversationId}", token));
        var info = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        using var socket = await DirectLineTestClient.ConnectAsync(info["streamUrl"]!.GetValue<string>());
        await Client.SendAsync(conversationId, token, "new", "c2");
        var received = await DirectLineTestClient.ReadStreamUntilAsync(socket, r => r.Count >= 2);

        Assert.Equal(["new", "echo: new"], received.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task Stream_SendsEmptyKeepalivesWhenIdle()
    {
        var (_, _, streamUrl) = await Client.StartConversationAsync("dl_ada");
        using var socket = await DirectLineTestClient.ConnectAsync(streamUrl);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        // The fake clock drives the keepalive timer; advance it until the server has sent one empty frame.
        var buffer = new byte[1024];
        var receive = socket.ReceiveAsync(buffer, guard.Token);
        while (!receive.IsCompleted)
        {
            Host.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(receive, Task.Delay(50, guard.Token));
        }

        var result = await receive;
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        Assert.Equal(0, result.Count);
    }

    [Fact]
    public async Task Token_AfterItsLifetime_Returns403TokenExpired()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");

        Host.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await Host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"conversations/{conversationId}/activities", token));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var refresh = await Client.StatusOfAsync(HttpMethod.Post, "tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", body["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, refresh);
    }

    [Fact]
    public async Task Refresh_GivesATokenForTheSameConversationWithAFullLifetime()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        Host.Clock.Advance(TimeSpan.FromMinutes(20));

        using var response = await Host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "tokens/refresh", token));
        var refreshed = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var newToken = refreshed["token"]!.GetValue<string>();
        Host.Clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversationId, refreshed["conversationId"]!.GetValue<string>());
        Assert.Equal(1800, refreshed["expires_in"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, await Client.StatusOfAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", newToken));
        Assert.Equal(HttpStatusCode.Forbidden, await Client.StatusOfAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token));
    }

    [Fact]
    public async Task Token_ForConversationA_CannotReadOrWriteConversationB()
    {
        var (conversationA, tokenA, _) = await Client.StartConversationAsync("dl_ada");
        var (conversationB, tokenB, streamB) = await Client.StartConversationAsync("dl_ben");
        await Client.SendAsync(conversationB, tokenB, "secret of B", "b1");

        var read = await Client.StatusOfAsync(HttpMethod.Get, $"conversations/{conversationB}/activities", tokenA);
        using var write = await Client.PostActivityAsync(conversationB, tokenA, DirectLineTestClient.Message("from A", "a1"));
        var reconnect = await Client.StatusOfAsync(HttpMethod.Get, $"conversations/{conversationB}", tokenA);
        var upload = await Client.StatusOfAsync(HttpMethod.Post, $"conversations/{conversationB}/upload?userId=x", tokenA,
            new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } });
        var streamA = (await Client.StartAsync(tokenA)).Body["streamUrl"]!.GetValue<string>();
        var forgedStream = streamA.Replace(conversationA, conversationB, StringComparison.Ordinal);
        using var socket = new ClientWebSocket();
        var streamError = await Record.ExceptionAsync(() => socket.ConnectAsync(new Uri(forgedStream), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, read);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect);
        Assert.Equal(HttpStatusCode.Forbidden, upload);
        Assert.IsType<WebSocketException>(streamError);
        var (activitiesB, _) = await Client.GetActivitiesAsync(conversationB, tokenB);
        Assert.Equal(["secret of B", "echo: secret of B"], activitiesB.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task TamperedToken_Returns403AndMissingCredential401()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        var parts = token.Split('.');
        var forged = parts[0] + "." + parts[1].Replace(parts[1][5], parts[1][5] == 'A' ? 'B' : 'A') + "." + parts[2];

        var tampered = await Client.StatusOfAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", forged);
        using var anonymous = await Host.Http.GetAsync($"conversations/{conversationId}/activities");

        Assert.Equal(HttpStatusCode.Forbidden, tampered);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task TokenGenerate_NeedsTheSecretAndADlPrefixedUser()
    {
        var token = (await Client.GenerateTokenAsync("dl_ada"))["token"]!.GetValue<string>();

        var withToken = await Client.StatusOfAsync(HttpMethod.Post, "tokens/generate", token);
        var badUser = await Client.StatusOfAsync(HttpMethod.Post, "tokens/generate", DirectLineTestHost.Secret,
            JsonContent.Create(new { user = new { id = "ada@example.com" } }));

        Assert.Equal(HttpStatusCode.Forbidden, withToken);
        Assert.Equal(HttpStatusCode.BadRequest, badUser);
    }

    [Fact]
    public async Task BoundUser_OverwritesFromId_AndUnboundClientsCannotClaimDlIds()
    {
        var (boundConversation, boundToken, _) = await Client.StartConversationAsync("dl_ben@example.com");
        var anonymousToken = (await Client.GenerateTokenAsync())["token"]!.GetValue<string>();
        var (_, anonymous) = await Client.StartAsync(anonymousToken);
        var anonymousConversation = anonymous["conversationId"]!.GetValue<string>();

        await Client.SendAsync(boundConversation, boundToken, "hi", "c1");
        using var impersonation = await Client.PostActivityAsync(anonymousConversation, anonymousToken, DirectLineTestClient.Message("hi", "c2", userId: "dl_ben@example.com"));

        var (activities, _) = await Client.GetActivitiesAsync(boundConversation, boundToken);
        Assert.Equal("dl_ben@example.com", activities[0]!["from"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, impersonation.StatusCode);
    }

    [Fact]
    public async Task AnonymousConversation_SendsConversationUpdateBeforeTheFirstMessage()
    {
        var token = (await Client.GenerateTokenAsync())["token"]!.GetValue<string>();
        var (_, started) = await Client.StartAsync(token);
        var conversationId = started["conversationId"]!.GetValue<string>();
        var beforeFirst = Host.Bot.Received.Count;

        await Client.SendAsync(conversationId, token, "hello", "c1");

        Assert.Equal(0, beforeFirst);
        Assert.Equal([ActivityTypes.ConversationUpdate, ActivityTypes.Message], Host.Bot.Received.Select(a => a.Type));
        Assert.Equal(["khulnasoft-bot", "r_user"], Host.Bot.Received.First().MembersAdded!.Select(m => m.Id));
    }

    [Fact]
    public async Task OversizedActivity_Returns413()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");

        using var response = await Client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message(new string('x', 300_000), "c1"));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", body["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task BotUpdateAndOversizedSend_AreRefusedLikeAzureDirectLine()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");

        await Client.SendAsync(conversationId, token, "update", "c1");
        await Client.SendAsync(conversationId, token, "big", "c2");
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(["update", "original", "update refused: 405 BadArgument", "big", "send refused: 413 MessageSizeTooBig"],
            activities.Select(DirectLineTestClient.Text));
    }

    [Fact]
    public async Task Upload_Multipart_AttachesTheFilesAndServesThemBack()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        using var form = new MultipartFormDataContent();
        var activityPart = new StringContent(DirectLineTestClient.Message("", "up-1").ToJsonString(), Encoding.UTF8);
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        var filePart = new ByteArrayContent(png);
        filePart.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(filePart, "file", "screenshot.png");
        var textPart = new ByteArrayContent("invoice"u8.ToArray());
        textPart.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(textPart, "file", "notes.txt");

        using var response = await Host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, $"conversations/{conversationId}/upload?userId=dl_ada", token, form));
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);
        var echo = activities[0]!;
        var attachments = echo["attachments"]!.AsArray();
        using var image = await new HttpClient().GetAsync(attachments[0]!["contentUrl"]!.GetValue<string>());
        using var text = await new HttpClient().GetAsync(attachments[1]!["contentUrl"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("up-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(["screenshot.png", "notes.txt"], attachments.Select(a => a!["name"]!.GetValue<string>()));
        Assert.Equal("echo: 2 attachment(s)", DirectLineTestClient.Text(activities[1]));
        Assert.Equal(png, await image.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("invoice", await text.Content.ReadAsStringAsync());
        Assert.Equal("attachment", text.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(2, Assert.Single(Host.Bot.Received, a => a.IsType(ActivityTypes.Message)).Attachments!.Count);
    }

    [Fact]
    public async Task Upload_SingleRawFile_IsAttached()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        var content = new ByteArrayContent("%PDF-1.7"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "file", FileName = "invoice.pdf" };

        using var response = await Host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, $"conversations/{conversationId}/upload?userId=dl_ada", token, content));
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attachment = activities[0]!["attachments"]![0]!;
        Assert.Equal("invoice.pdf", attachment["name"]!.GetValue<string>());
        Assert.Equal("application/pdf", attachment["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_WithoutUserId_Returns400()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");

        var status = await Client.StatusOfAsync(HttpMethod.Post, $"conversations/{conversationId}/upload", token, new ByteArrayContent([1]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task CorsPreflight_AllowsTheHeadersWebChatSends()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "conversations/abc/activities");
        request.Headers.Add("Origin", "https://www.example.com");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");

        using var response = await Host.Http.SendAsync(request);
        var allowed = response.Headers.GetValues("Access-Control-Allow-Headers").Single();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        foreach (var header in new[] { "authorization", "content-type", "x-ms-bot-agent", "x-requested-with" })
        {
            Assert.Contains(header, allowed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CrossOriginRequest_CarriesAllowOrigin()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        var request = DirectLineTestHost.Request(HttpMethod.Get, $"conversations/{conversationId}/activities", token);
        request.Headers.Add("Origin", "https://www.example.com");

        using var response = await Host.Http.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task UnknownConversation_Returns404()
    {
        var status = await Client.StatusOfAsync(HttpMethod.Get, "conversations/nope/activities", DirectLineTestHost.Secret);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
