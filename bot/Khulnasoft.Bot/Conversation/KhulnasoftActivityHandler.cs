using System.Text.Json.Nodes;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.Cards.Welcome;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The bot. Every message first passes the interceptors, by their order (a human agent may own the conversation), then the card
/// actions of other features (approvals, handoff), then the commands that work anywhere (undo, history, a copy of my
/// data, talk to a human), and finally the dialog: the deletion conversation continues where it stands, or starts on "delete my
/// account". In a Teams group chat or channel it never shows account details and offers a personal chat instead
/// (<see cref="GroupConversations"/>). A Teams file consent (invoices, the copy of my data) goes to the feature that
/// made the offer (<see cref="FileConsents"/>).
/// </summary>
public sealed partial class KhulnasoftActivityHandler(
    ConversationDialogs dialogs,
    IEnumerable<IMessageInterceptor> interceptors,
    IEnumerable<ICardActionHandler> cardActions,
    FileConsents fileConsents,
    HumanHandoff humans,
    GroupConversations groups,
    ConversationHelp help,
    ILogger<KhulnasoftActivityHandler> logger) : ActivityHandler
{
    public static string Greeting => ConversationTexts.Greeting;

    public static string Help => ConversationTexts.Help;

    public static string Fallback => ConversationTexts.Fallback;

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

        if (ConversationPhrases.RecognizeLanguage(activity) is { } language)
        {
            await dialogs.SwitchLanguageAsync(turnContext, language, cancellationToken).ConfigureAwait(false);
            return;
        }

        var command = ConversationPhrases.Recognize(activity);
        if (CardMessages.IsGroup(activity))
        {
            await groups.AnswerAsync(turnContext, command, cancellationToken).ConfigureAwait(false);
            return;
        }

        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        switch (command)
        {
            case ConversationCommand.TalkToHuman:
                await humans.TalkToHumanAsync(turnContext, HandoffReason.UserAsked, cancellationToken).ConfigureAwait(false);
                return;
            case ConversationCommand.Undo or ConversationCommand.History or ConversationCommand.DataExport:
                await dc.BeginDialogAsync(CaseCommandDialog.Id, command, cancellationToken).ConfigureAwait(false);
                return;
            case ConversationCommand.StartDeletion when dc.ActiveDialog is not null:
                await turnContext.SendActivityAsync(ConversationTexts.AlreadyInProgress, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return;
        }

        if (dc.ActiveDialog is not null)
        {
            await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            await humans.UnderstoodAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (command)
        {
            case ConversationCommand.StartDeletion or ConversationCommand.Resume:
                await dc.BeginDialogAsync(DeletionDialog.Id, null, cancellationToken).ConfigureAwait(false);
                break;
            case ConversationCommand.Status or ConversationCommand.ResumeBlocked:
                await dc.BeginDialogAsync(CaseCommandDialog.Id, command, cancellationToken).ConfigureAwait(false);
                break;
            case ConversationCommand.Help:
                await help.SendAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ConversationCommand.Cancel:
                await turnContext.SendActivityAsync(ConversationTexts.NothingToCancel,
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            default:
                await humans.MisunderstoodAsync(turnContext, cancellationToken).ConfigureAwait(false);
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
            return result.Card is { } card ? AdaptiveCardInvokeResponse.Card(card) : AdaptiveCardInvokeResponse.Message(result.Message ?? ConversationTexts.InvokeDone);
        }

        if (verb != CardActions.DeletionRecheck)
        {
            LogUnknownVerb(logger, verb);
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", ConversationTexts.ButtonNotSupported);
        }

        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is null)
        {
            return AdaptiveCardInvokeResponse.Message(ConversationTexts.ChecklistInactiveStartAgain);
        }

        // An active checklist step answers its re-check itself: the updated card, sent as this turn's invoke response (as
        // the SDK's dialogs answer invokes). A turn's first invoke response wins, so this one counts only when none did.
        await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Message(ConversationTexts.ChecklistInactive);
    }

    protected override Task<InvokeResponse> OnFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken) =>
        fileConsents.OnFileConsentAsync(turnContext, response, cancellationToken);

    private static Task SendResultAsync(ITurnContext turnContext, CardActionResult result, CancellationToken cancellationToken) =>
        result switch
        {
            { Card: { } card } => turnContext.SendActivityAsync(CardMessages.Create(card, result.Message), cancellationToken),
            { Message: { } message } => turnContext.SendActivityAsync(message, cancellationToken: cancellationToken),
            _ => Task.CompletedTask,
        };

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Card action verb {Verb} has no handler.")]
    private static partial void LogUnknownVerb(ILogger logger, string verb);
}
