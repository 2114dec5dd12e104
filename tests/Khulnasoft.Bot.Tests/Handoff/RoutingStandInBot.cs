using System.Reflection;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>
/// Stands in for the conversation's activity handler while this branch still has the placeholder that doesn't route
/// to the features' seams. It routes exactly as the lead's handler does (Conversation branch): every message passes the
/// <see cref="IMessageInterceptor"/>s, then an Action.Submit goes to the <see cref="ICardActionHandler"/> owning its
/// action; an <c>adaptiveCard/action</c> invoke goes to the handler owning its verb and is answered with the card
/// (or the message) it returned; everything else goes to the real <see cref="KhulnasoftActivityHandler"/>.
/// <see cref="IsNeeded"/> turns it off by itself once the real handler takes the interceptors.
/// </summary>
public sealed class RoutingStandInBot(
    IEnumerable<IMessageInterceptor> interceptors,
    IEnumerable<ICardActionHandler> cardActions,
    KhulnasoftActivityHandler placeholder) : ActivityHandler
{
    /// <summary>True while <see cref="KhulnasoftActivityHandler"/> does not take the interceptors (it doesn't route yet).</summary>
    public static bool IsNeeded { get; } = !typeof(KhulnasoftActivityHandler)
        .GetConstructors(BindingFlags.Public | BindingFlags.Instance)
        .Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(IEnumerable<IMessageInterceptor>)));

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.IsType(ActivityTypes.Message) || turnContext.Activity.IsType(ActivityTypes.Invoke)
            ? base.OnTurnAsync(turnContext, cancellationToken)
            : placeholder.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var interceptor in interceptors)
        {
            if (await interceptor.TryInterceptAsync(turnContext, cancellationToken))
            {
                return;
            }
        }

        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Text) && activity.Value is JsonObject data
            && data[CardActions.ActionField] is JsonValue name && name.TryGetValue<string>(out var action)
            && cardActions.FirstOrDefault(h => h.CanHandle(action)) is { } owner)
        {
            var result = await owner.HandleAsync(turnContext, new CardActionRequest(action, data, false), cancellationToken);
            if (result.Card is { } card)
            {
                var message = Activity.CreateMessageActivity(result.Message);
                message.Attachments = [new Attachment { ContentType = CardSerializer.ContentType, Content = card }];
                await turnContext.SendActivityAsync(message, cancellationToken);
            }
            else if (result.Message is { } text)
            {
                await turnContext.SendActivityAsync(text, cancellationToken: cancellationToken);
            }

            return;
        }

        await placeholder.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invokeValue);
        var verb = invokeValue.Action?.Verb ?? string.Empty;
        if (cardActions.FirstOrDefault(h => h.CanHandle(verb)) is not { } owner)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This button is not supported here.");
        }

        var result = await owner.HandleAsync(turnContext, new CardActionRequest(verb, invokeValue.Action?.Data as JsonObject ?? [], true), cancellationToken);
        return result.Card is { } card ? AdaptiveCardInvokeResponse.Card(card) : AdaptiveCardInvokeResponse.Message(result.Message ?? "Done.");
    }
}
