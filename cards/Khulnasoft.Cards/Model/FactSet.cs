namespace Khulnasoft.Cards.Model;

public sealed class FactSet : CardElement
{
    public required IReadOnlyList<Fact> Facts { get; init; }
}
