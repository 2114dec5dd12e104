namespace Khulnasoft.Cards.Model;

public sealed class Container : CardElement
{
    public ContainerStyle? Style { get; init; }

    public IList<CardElement> Items { get; init; } = [];
}
