namespace Khulnasoft.Cards.Model;

public sealed class Column
{
    public string Type { get; } = "Column";

    /// <summary><c>auto</c>, <c>stretch</c>, or a weight such as <c>"2"</c>.</summary>
    public string? Width { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public IList<CardElement> Items { get; init; } = [];
}
