namespace Khulnasoft.Cards.Model;

public sealed class InputChoiceSet : CardElement
{
    public required string Label { get; init; }

    public required IReadOnlyList<Choice> Choices { get; init; }

    public string? Value { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    public string? Style { get; init; }
}
