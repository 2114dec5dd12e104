using Khulnasoft.Bot.Hosting;
using Khulnasoft.Bot.Runtime.Auth;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// The link in approval mails that opens the bot: a Teams deep link to a chat with the bot when a Microsoft App Id is
/// configured, else the Web Chat page (<c>Approvals:WebChatUrl</c>; a path means "on this host").
/// </summary>
public sealed class ApprovalLinks(IOptions<BotAuthenticationOptions> bot, IOptions<ApprovalsOptions> options, ListeningAddress listening)
{
    public Uri OpenBot()
    {
        var appId = bot.Value.MicrosoftAppId;
        return string.IsNullOrWhiteSpace(appId)
            ? listening.Resolve(options.Value.WebChatUrl, "Approvals:WebChatUrl")
            : new Uri("https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString("28:" + appId));
    }
}
