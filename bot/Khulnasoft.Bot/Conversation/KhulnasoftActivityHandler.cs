using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Welcome;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// Placeholder bot until the deletion conversation lands: greets new members (not the bot itself) with the welcome
/// card and answers <c>help</c> — typed, or the card's Help button — with what the bot can do.
/// </summary>
public sealed class KhulnasoftActivityHandler : ActivityHandler
{
    public const string Greeting = "Hi! I'm the Khulnasoft assistant. I can help you delete your Khulnasoft account. Type \"help\" to see what I can do.";

    public const string Help = "I can help you delete your Khulnasoft account: I check what has to happen first (subscriptions, domains, "
        + "payment method, invoices), guide you through each step, and confirm the deletion with you. Type \"help\" at any time to see this again.";

    public const string Fallback = "I didn't catch that. Type \"help\" to see what I can do.";

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var member in membersAdded)
        {
            if (!string.Equals(member.Id, turnContext.Activity.Recipient?.Id, StringComparison.Ordinal))
            {
                var welcome = Activity.CreateMessageActivity(Greeting);
                welcome.Attachments =
                [
                    new Attachment { ContentType = CardSerializer.ContentType, Content = WelcomeCard.Build(new WelcomeCardInput(member.Name), HostFor(turnContext)) },
                ];
                await turnContext.SendActivityAsync(welcome, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // A card submit carries no text; its data names the action (see the action contract in the README).
        var text = turnContext.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text) && turnContext.Activity.Value is JsonObject value
            && value["action"] is JsonValue action && action.TryGetValue<string>(out var named))
        {
            text = named;
        }

        var reply = string.Equals(text, "help", StringComparison.OrdinalIgnoreCase) ? Help : Fallback;
        await turnContext.SendActivityAsync(reply, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static CardHost HostFor(ITurnContext turnContext) =>
        string.Equals(turnContext.Activity.ChannelId, Channels.Msteams, StringComparison.Ordinal) ? CardHost.Teams : CardHost.WebChat;
}
