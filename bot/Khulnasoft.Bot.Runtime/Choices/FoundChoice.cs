namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>A recognised choice: its value, index in the list, score (0..1) and the synonym that matched.</summary>
public sealed class FoundChoice
{
    public string Value { get; set; } = string.Empty;

    public int Index { get; set; }

    public double Score { get; set; }

    public string? Synonym { get; set; }
}
