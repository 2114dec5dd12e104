using System.Net;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.Tests.FileDelivery;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>A copy larger than <c>DataExport:MaxSizeBytes</c> is refused with the limit, never cut short.</summary>
public sealed class DataExportLimitTests(SmallExportHost host) : IClassFixture<SmallExportHost>
{
    [Fact]
    public async Task ACopyOverTheLimit_IsRefusedInTheChatWithTheLimit()
    {
        var conversation = "wc-" + Guid.NewGuid().ToString("N");

        await host.PostActivityAsync(FileActivities.SendDataExport(
            "webchat", host.Channel.ServiceUrl, FileActivities.WebChatConversation(conversation), new() { ["id"] = "dl_ada" }, "user_ada"));

        Assert.Equal(new DataExportResult(DataExportOutcome.TooLarge), host.Results.ExportsByConversation[conversation]);
        var message = Assert.Single(host.Channel.ActivitiesTo(conversation));
        Assert.Equal(DataExportMessages.TooLarge(2048), message.Text);
        Assert.Contains("2 KB", message.Text, StringComparison.Ordinal);
        Assert.Null(message.Attachments);
    }

    [Fact]
    public async Task ALinkToACopyOverTheLimit_AnswersTheLimitAndNoZip()
    {
        using var response = await host.Browser.GetAsync(host.Services.GetRequiredService<DataExportLinks>().For("user_ada", "exp_test"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(DataExportMessages.LinkTooLarge(2048), await response.Content.ReadAsStringAsync());
    }
}
