using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// A feature that answers card actions outside the deletion dialog (approvals, handoff). The activity handler asks
/// the handler that owns the action (each action has one owner, so registration order does not matter) before the dialog sees the activity: for a Teams
/// <c>adaptiveCard/action</c> invoke (Action.Execute) and for an Action.Submit message alike.
/// </summary>
public interface ICardActionHandler
{
    /// <summary>True when this handler owns the action name (<c>data.action</c> or the Execute verb).</summary>
    bool CanHandle(string action);

    /// <summary>Handles the click. For an invoke, a returned <see cref="CardActionResult.Card"/> replaces the card in
    /// place (the invoke response); otherwise <see cref="CardActionResult.Message"/> is shown as a message.</summary>
    Task<CardActionResult> HandleAsync(ITurnContext turnContext, CardActionRequest request, CancellationToken cancellationToken);
}
