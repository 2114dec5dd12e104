namespace Khulnasoft.Cards.Model;

public sealed class ActionSet : CardElement
{
    public IList<CardAction> Actions { get; init; } = [];
}
