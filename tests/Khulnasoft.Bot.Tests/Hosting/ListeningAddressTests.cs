using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Hosting;
using Khulnasoft.Bot.Receipts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Hosting;

/// <summary>The host's one resolver of settings that may name "this host" (a path), and the links built on it.</summary>
public sealed class ListeningAddressTests
{
    [Fact]
    public void AnAbsoluteUrl_IsUsedAsIs_WithoutAServer()
    {
        var listening = new ListeningAddress(new ServiceCollection().BuildServiceProvider());

        Assert.Equal(new Uri("https://dash.example/app/"), listening.Resolve("https://dash.example/app", "X:Url"));
        Assert.Same(listening.Resolve("https://dash.example/app", "X:Url"), listening.Resolve("https://dash.example/app", "X:Url"));
    }

    [Fact]
    public async Task APath_FailsUntilTheHostListens_ThenIsTheListeningAddress_KeptPerValue()
    {
        await using var app = BuildHost("http://127.0.0.1:0");
        var listening = app.Services.GetRequiredService<ListeningAddress>();

        var early = Assert.Throws<InvalidOperationException>(() => listening.Resolve("/sandbox/dash", "Conversation:DashboardBaseUrl"));
        Assert.Contains("Conversation:DashboardBaseUrl", early.Message, StringComparison.Ordinal);

        await app.StartAsync();
        try
        {
            var port = new Uri(app.Urls.Single()).Port;
            var dashboard = listening.Resolve("/sandbox/dash", "Conversation:DashboardBaseUrl");
            Assert.Equal(new Uri($"http://127.0.0.1:{port}/sandbox/dash/"), dashboard);
            Assert.Equal(dashboard, listening.Resolve("/sandbox/dash/", "Conversation:DashboardBaseUrl"));
            Assert.Same(dashboard, listening.Resolve("/sandbox/dash", "Conversation:DashboardBaseUrl"));
            Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), listening.Resolve("/", "FileDelivery:PublicBaseUrl"));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task AWildcardListeningAddress_BecomesLocalhost()
    {
        await using var app = BuildHost("http://0.0.0.0:0");
        await app.StartAsync();
        try
        {
            var port = new Uri(app.Urls.Single().Replace("0.0.0.0", "localhost", StringComparison.Ordinal)).Port;
            Assert.Equal(new Uri($"http://localhost:{port}/web/"), app.Services.GetRequiredService<ListeningAddress>().Resolve("/web", "Approvals:WebChatUrl"));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task EveryFeaturesLink_ResolvesThroughTheHostsOneListeningAddress()
    {
        await using var app = BuildHost("http://127.0.0.1:0", new()
        {
            ["Conversation:DashboardBaseUrl"] = "/sandbox/dash",
            ["Approvals:WebChatUrl"] = "/",
            ["Receipts:VerifyUrl"] = "/receipts/verify",
        });
        await app.StartAsync();
        try
        {
            var port = new Uri(app.Urls.Single()).Port;
            var origin = $"http://127.0.0.1:{port}";
            Assert.Equal($"{origin}/sandbox/dash/zones/023e105f", app.Services.GetRequiredService<DeletionLinks>().Zone("023e105f"));
            Assert.Equal(new Uri($"{origin}/"), app.Services.GetRequiredService<ApprovalLinks>().OpenBot());
            Assert.Equal($"{origin}/receipts/verify", app.Services.GetRequiredService<ReceiptVerifyLink>().Url);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static WebApplication BuildHost(string url, Dictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls(url);
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.Configure<ConversationOptions>(builder.Configuration.GetSection(ConversationOptions.SectionName));
        builder.Services.Configure<ApprovalsOptions>(builder.Configuration.GetSection(ApprovalsOptions.SectionName));
        builder.Services.Configure<ReceiptOptions>(builder.Configuration.GetSection(ReceiptOptions.SectionName));
        ListeningAddress.Register(builder.Services);
        builder.Services.AddSingleton<DeletionLinks>();
        builder.Services.AddSingleton<ApprovalLinks>();
        builder.Services.AddSingleton<ReceiptVerifyLink>();
        return builder.Build();
    }
}
