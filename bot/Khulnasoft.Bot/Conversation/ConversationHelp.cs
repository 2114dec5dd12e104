using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards.Help;

namespace Khulnasoft.Bot.Conversation;

/// <summary>The answer to "help" outside a dialog step: what the bot can do, with the help card linking the help page.</summary>
public sealed class ConversationHelp(DeletionLinks links)
{
    public Task SendAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(
            CardMessages.Create(HelpCard.Build(new HelpCardInput(true, links.HelpPage), CardMessages.HostFor(turnContext)), KhulnasoftActivityHandler.Help),
            cancellationToken);
}
