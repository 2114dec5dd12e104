using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>An option offered to the user: its value, an optional button action, and synonyms recognised for it.</summary>
public sealed class Choice
{
    public Choice() { }

    public Choice(string value) => Value = value;

    public string Value { get; set; } = string.Empty;

    /// <summary>The button to render; its <c>title</c> is also recognised.</summary>
    public CardAction? Action { get; set; }

    public List<string>? Synonyms { get; set; }

    /// <summary>Choices from plain values.</summary>
    public static List<Choice> FromValues(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. values.Select(v => new Choice(v))];
    }
}
