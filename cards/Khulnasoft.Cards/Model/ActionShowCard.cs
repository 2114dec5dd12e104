namespace Khulnasoft.Cards.Model;

/// <summary>Action.ShowCard: reveals an inline card (client side only).</summary>
public sealed class ActionShowCard : CardAction
{
    public required AdaptiveCard Card { get; init; }
}
