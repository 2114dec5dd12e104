using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>Warns at start-up when the bot runs without an app id (anonymous local mode, protocol doc §3.3).</summary>
public sealed partial class AnonymousModeWarning(IOptions<BotAuthenticationOptions> options, ILogger<AnonymousModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAuthenticationDisabled)
        {
            LogAnonymousMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "MicrosoftAppId is not set: the bot runs in anonymous local mode and accepts requests without a token. Use this only with local test clients.")]
    private static partial void LogAnonymousMode(ILogger logger);
}
