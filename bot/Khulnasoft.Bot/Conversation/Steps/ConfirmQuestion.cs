using Khulnasoft.Cards.Confirmation;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>
/// What the final confirmation asks (the template of its prompt): the card's facts, with the dates in UTC (they are put
/// on the user's clock when the card is built), and the address the step-up code went to.
/// </summary>
internal sealed record ConfirmQuestion(ConfirmationCardInput Card, string Email);
