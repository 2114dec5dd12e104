namespace Khulnasoft.Cards.Model;

public sealed class TextBlock : CardElement
{
    public required string Text { get; init; }

    public bool? Wrap { get; init; } = true;

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public TextStyle? Style { get; init; }

    public int? MaxLines { get; init; }
}
