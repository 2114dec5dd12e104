using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

public sealed class DirectLineRegistrationTests
{
    [Fact]
    public async Task ConnectorFactory_GivesTheInProcessClientForOurServiceUrl_AndTheInnerFactoryForOthers()
    {
        var inner = new RecordingFactory();
        await using var app = Build("Development", new() { ["DirectLine:Secret"] = DirectLineTestHost.Secret }, inner);

        var factory = app.Services.GetRequiredService<IConnectorClientFactory>();

        Assert.IsType<DirectLineConnectorClient>(factory.Create("https://directline.khulnasoft-bot.internal/"));
        Assert.Same(inner.Client, factory.Create("https://smba.trafficmanager.net/teams/", "aud"));
        Assert.Equal(["https://smba.trafficmanager.net/teams/"], inner.Requested);
    }

    [Fact]
    public async Task Development_WithoutSecret_UsesTheDocumentedDevelopmentSecret()
    {
        await using var app = Build("Development", []);

        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;

        Assert.Equal(DirectLineOptions.DevelopmentSecret, options.Secret);
    }

    [Theory]
    [InlineData(null, "DirectLine:Secret is required")]
    [InlineData("short", "at least 32 characters")]
    [InlineData(DirectLineOptions.DevelopmentSecret, "documented development secret")]
    public async Task Production_WithAMissingOrDevelopmentSecret_RefusesToStart(string? secret, string expected)
    {
        await using var app = Build("Production", new() { ["DirectLine:Secret"] = secret });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BadServiceUrlAndLifetime_ReportsBoth()
    {
        await using var app = Build("Production", new()
        {
            ["DirectLine:Secret"] = DirectLineTestHost.Secret,
            ["DirectLine:ServiceUrl"] = "not a url",
            ["DirectLine:TokenLifetime"] = "00:00:10",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("ServiceUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("TokenLifetime", error.Message, StringComparison.Ordinal);
    }

    private static WebApplication Build(string environment, Dictionary<string, string?> settings, RecordingFactory? inner = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        if (inner is not null)
        {
            builder.Services.AddSingleton<IConnectorClientFactory>(inner);
        }

        builder.AddDirectLine();
        return builder.Build();
    }

    private sealed class RecordingFactory : IConnectorClientFactory
    {
        public List<string> Requested { get; } = [];

        public IConnectorClient Client { get; } = new NullClient();

        public IConnectorClient Create(string serviceUrl, string? audience = null)
        {
            Requested.Add(serviceUrl);
            return Client;
        }
    }

    private sealed class NullClient : IConnectorClient
    {
        public string ServiceUrl => "https://smba.trafficmanager.net/teams/";

        public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string conversationId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
