using System.Globalization;
using System.Net;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.FaultTests.Startup;

/// <summary>
/// A host whose Redis is not up yet when it starts (both restarted together, Redis slower): it starts anyway, says it
/// is not ready, answers turns 503 with Retry-After, and serves them once Redis is there. It used to exit: Hangfire's
/// storage connected on the spot and threw.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class RedisDownAtStartTests(FaultLab lab)
{
    [Fact]
    public async Task AHost_WhoseRedisIsDownAtStart_StartsNotReady_Answers503_AndServesTurnsOnceRedisIsUp()
    {
        var port = FreePort.Next();
        var prefix = $"fault:down-at-start:{Guid.NewGuid():N}:";
        await using var host = new BotProcess("redis-down-at-start", "Development",
            FaultSettings.Development($"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}", prefix, lab.Sandbox.ApiBaseUrl, lab.Sandbox.SmtpPort));

        await host.StartAsync();
        using (var ready = await host.Http.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        var conversation = new ChannelConversation($"down-at-start-{Guid.NewGuid():N}");
        var refused = await ChannelConversation.DeliverAsync(host.Http, conversation.Message("hi"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.NotNull(refused.RetryAfter);

        using var redis = RedisProcess.StartEphemeral(port);
        try
        {
            var status = HttpStatusCode.ServiceUnavailable;
            for (var attempt = 0; attempt < 150 && status != HttpStatusCode.OK; attempt++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
                using var ready = await host.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
                status = ready.StatusCode;
            }

            Assert.True(status == HttpStatusCode.OK, "ready once Redis is up:\n" + host.Output);
            var served = await ChannelConversation.DeliverAsync(host.Http, conversation.Message("delete my account"));
            Assert.Equal(HttpStatusCode.OK, served.Status);
            Assert.Contains("email", served.Body, StringComparison.OrdinalIgnoreCase);
            Assert.True(host.IsRunning, host.Output);
        }
        finally
        {
            redis.Kill(entireProcessTree: true);
            await redis.WaitForExitAsync();
        }
    }
}
