namespace Khulnasoft.Cards.Model;

public sealed class TextRun
{
    public string Type { get; } = "TextRun";

    public required string Text { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Strikethrough { get; init; }

    public CardAction? SelectAction { get; init; }
}
