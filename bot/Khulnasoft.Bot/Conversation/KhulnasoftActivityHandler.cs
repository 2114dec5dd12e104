using System.Text.Json.Nodes;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.Cards.Help;
using Khulnasoft.Cards.Welcome;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The bot. Every message first passes the interceptors, by their order (a human agent may own the conversation), then the card
/// actions of other features (approvals, handoff), then the commands that work anywhere (undo, history, talk to a
/// human), and finally the dialog: the deletion conversation continues where it stands, or starts on "delete my
/// account". In a Teams group chat or channel it never shows account details and offers a personal chat instead.
/// </summary>
public sealed partial class KhulnasoftActivityHandler(
    ConversationDialogs dialogs,
    ConversationAccessors accessors,
    IEnumerable<IMessageInterceptor> interceptors,
    IEnumerable<ICardActionHandler> cardActions,
    IHandoffRequests handoff,
    HandoffContextBuilder handoffContext,
    IInvoiceDelivery invoices,
    IConnectorClientFactory connectors,
    DeletionLinks links,
    IOptions<ConversationOptions> options,
    ILogger<KhulnasoftActivityHandler> logger) : ActivityHandler
{
    public const string Greeting = "Hi! I'm the Khulnasoft assistant. I can help you delete your Khulnasoft account. Type \"help\" to see what I can do.";

    public const string Help = "I can help you delete your Khulnasoft account: I check who you are, what deletion would remove, and what has to "
        + "happen first (subscriptions, domains, nameservers, auto-renew, payment method, invoices), guide you through each step, and confirm "
        + "the deletion with you. Say \"delete my account\" to start, \"status\" to check a deletion, \"undo\" to cancel one, \"show my deletion "
        + "history\", or \"talk to a human\".";

    public const string Fallback = "I didn't catch that. Say \"delete my account\" to start, or \"help\" to see what I can do.";

    public const string GroupPrivacy = "I don't show account details in a group conversation. I've opened a personal chat with you — let's continue there. "
        + "(If it doesn't appear, open a chat with me directly.)";

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var member in membersAdded)
        {
            if (!string.Equals(member.Id, turnContext.Activity.Recipient?.Id, StringComparison.Ordinal))
            {
                var card = WelcomeCard.Build(new WelcomeCardInput(member.Name), CardMessages.HostFor(turnContext));
                await turnContext.SendActivityAsync(CardMessages.Create(card, Greeting), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var interceptor in interceptors.OrderBy(i => i.Order))
        {
            if (await interceptor.TryInterceptAsync(turnContext, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        var activity = turnContext.Activity;
        if (CardMessages.ActionOf(activity) is { } action && cardActions.FirstOrDefault(h => h.CanHandle(action)) is { } owner)
        {
            var result = await owner.HandleAsync(turnContext, new CardActionRequest(action, CardMessages.DataOf(activity), false), cancellationToken)
                .ConfigureAwait(false);
            await SendResultAsync(turnContext, result, cancellationToken).ConfigureAwait(false);
            return;
        }

        var command = ConversationPhrases.Recognize(activity);
        if (CardMessages.IsGroup(activity))
        {
            await AnswerInGroupAsync(turnContext, command, cancellationToken).ConfigureAwait(false);
            return;
        }

        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        switch (command)
        {
            case ConversationCommand.TalkToHuman:
                await TalkToHumanAsync(turnContext, HandoffReason.UserAsked, cancellationToken).ConfigureAwait(false);
                return;
            case ConversationCommand.Undo or ConversationCommand.History:
                await dc.BeginDialogAsync(CaseCommandDialog.Id, command, cancellationToken).ConfigureAwait(false);
                return;
            case ConversationCommand.StartDeletion when dc.ActiveDialog is not null:
                await turnContext.SendActivityAsync("We're already in the middle of it — here's where we are.", cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return;
        }

        if (dc.ActiveDialog is not null)
        {
            await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            await accessors.Misunderstood.SetAsync(turnContext, 0, cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (command)
        {
            case ConversationCommand.StartDeletion:
                await dc.BeginDialogAsync(DeletionDialog.Id, null, cancellationToken).ConfigureAwait(false);
                break;
            case ConversationCommand.Status:
                await dc.BeginDialogAsync(CaseCommandDialog.Id, command, cancellationToken).ConfigureAwait(false);
                break;
            case ConversationCommand.Help:
                await SendHelpAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ConversationCommand.Cancel:
                await turnContext.SendActivityAsync("There's nothing to cancel right now. To cancel a scheduled deletion, say \"undo\".",
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            default:
                await MisunderstoodAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(invokeValue);
        var verb = invokeValue.Action?.Verb ?? string.Empty;
        var data = invokeValue.Action?.Data as JsonObject ?? [];
        if (cardActions.FirstOrDefault(h => h.CanHandle(verb)) is { } owner)
        {
            var result = await owner.HandleAsync(turnContext, new CardActionRequest(verb, data, true), cancellationToken).ConfigureAwait(false);
            return result.Card is { } card ? AdaptiveCardInvokeResponse.Card(card) : AdaptiveCardInvokeResponse.Message(result.Message ?? "Done.");
        }

        if (verb != CardActions.DeletionRecheck)
        {
            LogUnknownVerb(logger, verb);
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This button is not supported here.");
        }

        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is null)
        {
            return AdaptiveCardInvokeResponse.Message("This checklist is no longer active. Say \"delete my account\" to start again.");
        }

        await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return turnContext.TurnState.Get<JsonObject>(ChecklistDialog.InvokeCardKey) is { } updated
            ? AdaptiveCardInvokeResponse.Card(updated)
            : AdaptiveCardInvokeResponse.Message("This checklist is no longer active.");
    }

    protected override Task<InvokeResponse> OnFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken) =>
        invoices.OnFileConsentAsync(turnContext, response, cancellationToken);

    private async Task AnswerInGroupAsync(ITurnContext turnContext, ConversationCommand command, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case ConversationCommand.Help:
                await SendHelpAsync(turnContext, cancellationToken).ConfigureAwait(false);
                return;
            case ConversationCommand.None or ConversationCommand.Cancel:
                await turnContext.SendActivityAsync(Fallback, cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
        }

        // Anything about an account continues in a personal chat: open one (Teams creates it with the user's id in this tenant).
        var activity = turnContext.Activity;
        var opened = false;
        try
        {
            var parameters = new ConversationParameters
            {
                IsGroup = false,
                Bot = activity.Recipient,
                Members = [new ChannelAccount(activity.From?.Id ?? string.Empty, activity.From?.Name)],
                TenantId = activity.Conversation?.TenantId,
            };
            if (CardMessages.IsTeams(activity) && activity.ServiceUrl is { } serviceUrl)
            {
                var connector = connectors.Create(serviceUrl);
                var created = await connector.CreateConversationAsync(parameters, cancellationToken).ConfigureAwait(false);
                var personal = Activity.CreateMessageActivity("Hi! You asked about your Khulnasoft account in a group chat, so let's talk here. "
                    + "Say \"delete my account\" to start, or \"status\" to check a deletion.");
                personal.From = activity.Recipient;
                personal.Recipient = activity.From;
                personal.Conversation = new ConversationAccount { Id = created.Id, TenantId = activity.Conversation?.TenantId };
                await connector.SendToConversationAsync(created.Id!, personal, cancellationToken).ConfigureAwait(false);
                opened = true;
            }
        }
        catch (ConnectorException e)
        {
            LogPersonalChatFailed(logger, e.StatusCode);
        }

        await turnContext.SendActivityAsync(opened ? GroupPrivacy
            : "I don't show account details in a group conversation. Open a personal chat with me and say \"delete my account\" there.",
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task TalkToHumanAsync(ITurnContext turnContext, HandoffReason reason, CancellationToken cancellationToken)
    {
        var identity = await accessors.GetVerifiedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var name = identity?.Name ?? turnContext.Activity.From?.Name ?? "A user";
        var request = await handoffContext.BuildAsync(reason, name, identity, null, null, "Asked for a human", cancellationToken).ConfigureAwait(false);
        var outcome = await handoff.RequestAsync(turnContext, request, cancellationToken).ConfigureAwait(false);
        if (!outcome.AgentAvailable)
        {
            await turnContext.SendActivityAsync("No one from our support team is available right now. "
                + (identity is null ? "Tell me your email and we'll follow up, or try again later." : $"We'll follow up by email at {identity.Email}."),
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task MisunderstoodAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var count = await accessors.Misunderstood.GetAsync(turnContext, () => 0, cancellationToken).ConfigureAwait(false) + 1;
        await accessors.Misunderstood.SetAsync(turnContext, count, cancellationToken).ConfigureAwait(false);
        if (count >= options.Value.FailuresBeforeHuman)
        {
            await accessors.Misunderstood.SetAsync(turnContext, 0, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync("I'm having trouble understanding. I'll ask someone from our support team to help you.",
                cancellationToken: cancellationToken).ConfigureAwait(false);
            await TalkToHumanAsync(turnContext, HandoffReason.RepeatedFailures, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(Fallback, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private Task SendHelpAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(CardMessages.Create(HelpCard.Build(new HelpCardInput(true, links.HelpPage), CardMessages.HostFor(turnContext)), Help),
            cancellationToken);

    private static Task SendResultAsync(ITurnContext turnContext, CardActionResult result, CancellationToken cancellationToken) =>
        result switch
        {
            { Card: { } card } => turnContext.SendActivityAsync(CardMessages.Create(card, result.Message), cancellationToken),
            { Message: { } message } => turnContext.SendActivityAsync(message, cancellationToken: cancellationToken),
            _ => Task.CompletedTask,
        };

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Card action verb {Verb} has no handler.")]
    private static partial void LogUnknownVerb(ILogger logger, string verb);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Could not open a personal chat from a group conversation (connector status {Status}).")]
    private static partial void LogPersonalChatFailed(ILogger logger, int status);
}
