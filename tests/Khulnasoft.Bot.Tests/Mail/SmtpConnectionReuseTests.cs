using System.Globalization;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Mail;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Mail;

/// <summary>The MailKit sender keeps its SMTP connections open, and the code-mail outbox loses no mail when the server goes away.</summary>
public sealed class SmtpConnectionReuseTests
{
    [Fact]
    public async Task FiftyMails_GoOverNoMoreConnectionsThanThePoolHolds()
    {
        await using var server = new CountingSmtpServer(FreePort.Next());
        server.Start();
        await using var app = BuildApp(server.Port);
        var sender = app.Services.GetRequiredService<IMailSender>();

        // Four senders at a time on a pool of two connections, then one after another.
        await Parallel.ForEachAsync(Enumerable.Range(0, 25), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (i, ct) => await sender.SendAsync(new OutgoingMail("ada@example.com", $"mail {i}", "body"), ct));
        for (var i = 25; i < 50; i++)
        {
            await sender.SendAsync(new OutgoingMail("ada@example.com", $"mail {i}", "body"));
        }

        Assert.Equal(Subjects(50), server.Subjects.Order(StringComparer.Ordinal));
        Assert.InRange(server.Sessions, 1, 2);
    }

    [Fact]
    public async Task AServerRestartMidway_LosesNoCodeMail()
    {
        await using var server = new CountingSmtpServer(FreePort.Next());
        server.Start();
        await using var app = BuildApp(server.Port);
        var outbox = new CodeMailOutbox(NullLogger<CodeMailOutbox>.Instance);
        using var dispatcher = new CodeMailDispatcher(outbox, app.Services.GetRequiredService<IMailSender>(),
            app.Services.GetRequiredService<IOptions<MailOptions>>(), TimeProvider.System, NullLogger<CodeMailDispatcher>.Instance);
        await dispatcher.StartAsync(CancellationToken.None);

        for (var i = 0; i < 25; i++)
        {
            outbox.Enqueue(new OutgoingMail("ada@example.com", $"mail {i}", "body"), "test");
        }

        await WaitForAsync(() => server.Subjects.Count == 25);

        // The server goes down with the kept-open connections; mails queued meanwhile wait for it and go out when it is back.
        await server.StopAsync();
        for (var i = 25; i < 50; i++)
        {
            outbox.Enqueue(new OutgoingMail("ada@example.com", $"mail {i}", "body"), "test");
        }

        await Task.Delay(300);
        server.Start();
        await WaitForAsync(() => server.Subjects.Count >= 50);
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.Equal(Subjects(50), server.Subjects.Order(StringComparer.Ordinal));
        Assert.True(server.Sessions < 50, $"{server.Sessions} connections for 50 mails");
    }

    [Fact]
    public async Task AKeptConnectionTheServerDropped_IsReplacedWithoutFailingTheMail()
    {
        await using var server = new CountingSmtpServer(FreePort.Next());
        server.Start();
        await using var app = BuildApp(server.Port);
        var sender = app.Services.GetRequiredService<IMailSender>();
        await sender.SendAsync(new OutgoingMail("ada@example.com", "mail 0", "body"));

        await server.StopAsync();
        server.Start();
        await sender.SendAsync(new OutgoingMail("ada@example.com", "mail 1", "body"));

        Assert.Equal(Subjects(2), server.Subjects.Order(StringComparer.Ordinal));
        Assert.Equal(2, server.Sessions);
    }

    private static WebApplication BuildApp(int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Staging" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:UseTls"] = "false",
            ["Mail:Smtp:Timeout"] = "00:00:05",
            ["Mail:Smtp:PoolSize"] = "2",
            ["Mail:RetryDelay"] = "00:00:00.200",
            ["Mail:SendAttempts"] = "10",
        });
        builder.AddMail();
        return builder.Build();
    }

    private static string[] Subjects(int count) => [.. Enumerable.Range(0, count).Select(i => $"mail {i}").Order(StringComparer.Ordinal)];

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
