namespace Khulnasoft.Cards.Model;

public sealed class InputToggle : CardElement
{
    public required string Title { get; init; }

    public string? Label { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
