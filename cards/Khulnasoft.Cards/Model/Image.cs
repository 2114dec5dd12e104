namespace Khulnasoft.Cards.Model;

public sealed class Image : CardElement
{
    public required string Url { get; init; }

    public required string AltText { get; init; }

    public ImageSize? Size { get; init; }
}
