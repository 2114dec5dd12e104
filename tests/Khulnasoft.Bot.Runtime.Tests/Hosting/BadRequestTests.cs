using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Runtime.Tests.Hosting;

/// <summary>Every client mistake gets its status and a problem+json naming the problem, and never reaches the bot.</summary>
public sealed class BadRequestTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private readonly RecordingLoggerProvider _logs = new();
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(
        new Dictionary<string, string?> { ["Bot:MaxRequestBodyBytes"] = "4096" },
        services => services.AddSingleton<ILoggerProvider>(_logs));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Get_Is405WithAllowPost()
    {
        var response = await _bot.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        await AssertProblemAsync(response, 405, null);
    }

    [Fact]
    public async Task WrongContentType_Is415()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage(ServiceUrl, "hi").ToJsonString(), contentType: "text/plain");

        await AssertProblemAsync(response, 415, null);
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage(ServiceUrl, new string('x', 5000)).ToJsonString());

        await AssertProblemAsync(response, 413, null);
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_Is413()
    {
        var json = Activities.TeamsMessage(ServiceUrl, new string('x', 5000)).ToJsonString();
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _bot.Client.SendAsync(request);

        await AssertProblemAsync(response, 413, null);
    }

    [Theory]
    [InlineData("{\"type\":\"message\"")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x/\"}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":42,\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x/\"}")]
    [InlineData("{\"type\":7,\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x/\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":\"c\",\"serviceUrl\":\"https://x/\"}")]
    public async Task BodyThatIsNotAnActivityObject_Is400(string body)
    {
        var response = await _bot.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation.id")]
    [InlineData("serviceUrl")]
    public async Task MissingRequiredField_Is400NamingTheField(string field)
    {
        var activity = Activities.TeamsMessage(ServiceUrl, "hi");
        if (field == "conversation.id")
        {
            activity["conversation"]!.AsObject().Remove("id");
        }
        else
        {
            activity.Remove(field);
        }

        var response = await _bot.PostAsync(activity.ToJsonString());

        await AssertProblemAsync(response, 400, field);
    }

    [Theory]
    [InlineData("channelId")]
    [InlineData("from.id")]
    public async Task MissingChannelOrSender_Is400NamingTheField_BeforeTheTurn(string field)
    {
        var activity = Activities.TeamsMessage(ServiceUrl, "hi");
        if (field == "from.id")
        {
            activity["from"]!.AsObject().Remove("id");
        }
        else
        {
            activity.Remove(field);
        }

        var response = await _bot.PostAsync(activity.ToJsonString());

        await AssertProblemAsync(response, 400, field);
    }

    [Theory]
    [InlineData("timestamp", "\"yesterday\"")]
    [InlineData("timestamp", "42")]
    [InlineData("expiration", "\"next week\"")]
    [InlineData("localTimestamp", "\"soon\"")]
    public async Task UnreadableDate_Is400NamingTheField(string field, string json)
    {
        var activity = Activities.TeamsMessage(ServiceUrl, "hi");
        activity[field] = JsonNode.Parse(json);

        var response = await _bot.PostAsync(activity.ToJsonString());

        await AssertProblemAsync(response, 400, field);
    }

    [Theory]
    [InlineData("{\"state\":\"\\ud800\"}")]
    [InlineData("[\"ok\",{\"deep\":\"\\udc00 tail\"}]")]
    [InlineData("\"\\ud83d\"")]
    public async Task LoneSurrogateInValue_Is400NamingTheField_BeforeTheTurn(string value)
    {
        var activity = Activities.TeamsMessage(ServiceUrl, "hi");
        activity["value"] = "VALUE";
        var body = activity.ToJsonString().Replace("\"VALUE\"", value, StringComparison.Ordinal);

        var response = await _bot.PostAsync(body);

        await AssertProblemAsync(response, 400, "value");
    }

    [Fact]
    public async Task ServiceUrlThatIsNotAnHttpUrl_Is400()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage("file:///etc/passwd", "hi").ToJsonString());

        await AssertProblemAsync(response, 400, "serviceUrl");
    }

    [Fact]
    public async Task TokenInAnonymousMode_Is401()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage(ServiceUrl, "hi").ToJsonString(), "Bearer abc.def.ghi");

        await AssertProblemAsync(response, 401, null);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    private async Task AssertProblemAsync(HttpResponseMessage response, int status, string? field)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["detail"]?.GetValue<string>()));
        if (field is not null)
        {
            Assert.Equal(field, problem["field"]!.GetValue<string>());
        }

        Assert.Empty(_bot.Log.Turns);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(_logs.Entries, e => e.EventId.Id is 1001 or 1101);
    }
}
