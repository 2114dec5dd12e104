using System.Net.Http.Json;
using System.Text.Json;
using Khulnasoft.Bot.Mail;
using Khulnasoft.Bot.Tests.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Mail;

/// <summary>MailKit over SMTP to the sandbox's embedded SMTP server, read back from the mailbox over HTTP.</summary>
public sealed class MailKitMailSenderTests
{
    [Fact]
    public async Task SendAsync_InSandbox_MailAppearsInMailboxNewestFirst()
    {
        await using var host = await SandboxHost.StartAsync();
        var sender = host.App.Services.GetRequiredService<IMailSender>();

        await sender.SendAsync(new OutgoingMail("ada@example.com", "Your code", "Your one-time code is 123456."));
        await sender.SendAsync(new OutgoingMail("ben@example.com", "Receipt", "Deletion scheduled."));

        using var mailbox = await host.Http.GetFromJsonAsync<JsonDocument>(new Uri("/sandbox/mailbox.json", UriKind.Relative));
        var mails = mailbox!.RootElement.GetProperty("mails").EnumerateArray().ToList();
        Assert.Equal(["Receipt", "Your code"], mails.Select(m => m.GetProperty("subject").GetString()));
        var code = mails[1];
        Assert.Equal("ada@example.com", code.GetProperty("to")[0].GetString());
        Assert.Contains("123456", code.GetProperty("text_body").GetString(), StringComparison.Ordinal);
        Assert.Contains("no-reply@khulnasoft.example", code.GetProperty("from").GetString(), StringComparison.Ordinal);
        var html = await host.Http.GetStringAsync(new Uri("/sandbox/mailbox", UriKind.Relative));
        Assert.Contains("Your one-time code is 123456.", html, StringComparison.Ordinal);
        using var asJson = await host.Http.GetFromJsonAsync<JsonDocument>(new Uri("/sandbox/mailbox?format=json", UriKind.Relative));
        Assert.Equal(2, asJson!.RootElement.GetProperty("mails").GetArrayLength());
    }

    [Fact]
    public async Task SendAsync_NoSmtpServer_ThrowsMailDeliveryException()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Staging" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = Khulnasoft.TestSupport.FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:UseTls"] = "false",
        });
        builder.AddMail();
        await using var app = builder.Build();
        var sender = app.Services.GetRequiredService<IMailSender>();

        await Assert.ThrowsAsync<MailDeliveryException>(() => sender.SendAsync(new OutgoingMail("a@example.com", "s", "b")));
    }
}
