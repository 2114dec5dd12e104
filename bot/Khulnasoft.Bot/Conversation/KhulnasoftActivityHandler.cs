using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// Placeholder bot until the deletion conversation lands: greets new members (not the bot itself) and answers
/// <c>help</c> with what the bot can do.
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
                await turnContext.SendActivityAsync(Greeting, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        var reply = string.Equals(text, "help", StringComparison.OrdinalIgnoreCase) ? Help : Fallback;
        await turnContext.SendActivityAsync(reply, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
