using System.Text.Json.Nodes;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Handoff;

namespace Khulnasoft.Bot.Handoff;

/// <summary>The agents' buttons: Accept on the request card; Hand back, Transfer and Close on the context card.</summary>
public sealed class HandoffCardActions(HandoffAccepting accepting, HandoffTransfers transfers, HandoffEndings endings) : ICardActionHandler
{
    public bool CanHandle(string action) =>
        action is CardActions.HandoffAccept or CardActions.HandoffHandBack or CardActions.HandoffTransfer or CardActions.HandoffClose;

    public Task<CardActionResult> HandleAsync(ITurnContext turnContext, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(request);
        if (Text(request.Data, "handoffId") is not { } handoffId)
        {
            return Task.FromResult(CardActionResult.WithMessage(HandoffMessages.NoLongerOpen));
        }

        return request.Action switch
        {
            CardActions.HandoffAccept => accepting.AcceptAsync(turnContext, handoffId, cancellationToken),
            CardActions.HandoffHandBack => endings.HandBackAsync(turnContext, handoffId, cancellationToken),
            CardActions.HandoffTransfer => transfers.TransferAsync(turnContext, handoffId, Text(request.Data, AgentContextCard.TransferTargetInputId), cancellationToken),
            CardActions.HandoffClose => endings.CloseAsync(turnContext, handoffId, cancellationToken),
            _ => throw new ArgumentException($"'{request.Action}' is not a handoff action.", nameof(request)),
        };
    }

    private static string? Text(JsonObject data, string key) =>
        data[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
