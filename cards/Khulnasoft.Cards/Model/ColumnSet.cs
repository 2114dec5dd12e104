namespace Khulnasoft.Cards.Model;

public sealed class ColumnSet : CardElement
{
    public required IReadOnlyList<Column> Columns { get; init; }
}
