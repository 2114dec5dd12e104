namespace Khulnasoft.Cards.Model;

public sealed class InputText : CardElement
{
    public required string Label { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Regex { get; init; }

    public TextInputStyle? Style { get; init; }
}
