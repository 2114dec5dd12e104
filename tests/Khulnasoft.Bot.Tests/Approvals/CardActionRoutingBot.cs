using System.Text.Json.Nodes;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>
/// The routing contract of the conversation's activity handler (see <see cref="ICardActionHandler"/> and
/// <see cref="IMessageInterceptor"/>), for hosts whose <c>KhulnasoftActivityHandler</c> does not route yet: messages
/// pass the interceptors, then card submits go to the handler owning <c>value.action</c>; <c>adaptiveCard/action</c>
/// invokes go to the handler owning the verb and answer with its card (or message). <see cref="ApprovalsHost"/> uses
/// it only when the real handler takes no <see cref="ICardActionHandler"/>s, so once the conversation's handler is
/// merged these tests run against it unchanged.
/// </summary>
public sealed class CardActionRoutingBot(IEnumerable<IMessageInterceptor> interceptors, IEnumerable<ICardActionHandler> cardActions) : ActivityHandler
{
    public static bool RealHandlerRoutesCardActions =>
        typeof(KhulnasoftActivityHandler).GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(IEnumerable<ICardActionHandler>)));

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var interceptor in interceptors)
        {
            if (await interceptor.TryInterceptAsync(turnContext, cancellationToken))
            {
                return;
            }
        }

        if (turnContext.Activity.Value is JsonObject data && data["action"] is JsonValue named && named.TryGetValue<string>(out var action)
            && cardActions.FirstOrDefault(h => h.CanHandle(action)) is { } owner)
        {
            var result = await owner.HandleAsync(turnContext, new CardActionRequest(action, data, false), cancellationToken);
            var reply = Activity.CreateMessageActivity(result.Message);
            if (result.Card is { } card)
            {
                reply.Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }];
            }

            await turnContext.SendActivityAsync(reply, cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync("(no route)", cancellationToken: cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var verb = invokeValue.Action?.Verb ?? string.Empty;
        var data = invokeValue.Action?.Data as JsonObject ?? [];
        if (cardActions.FirstOrDefault(h => h.CanHandle(verb)) is not { } owner)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This button is not supported here.");
        }

        var result = await owner.HandleAsync(turnContext, new CardActionRequest(verb, data, true), cancellationToken);
        return result.Card is { } card ? AdaptiveCardInvokeResponse.Card(card) : AdaptiveCardInvokeResponse.Message(result.Message ?? "Done.");
    }
}
