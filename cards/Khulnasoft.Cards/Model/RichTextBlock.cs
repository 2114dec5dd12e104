namespace Khulnasoft.Cards.Model;

public sealed class RichTextBlock : CardElement
{
    public required IReadOnlyList<TextRun> Inlines { get; init; }
}
