namespace Khulnasoft.Cards.Model;

/// <summary>The <c>msteams</c> card property; <c>width: "Full"</c> uses the whole message width.</summary>
public sealed class TeamsCardProperties
{
    public string? Width { get; init; }
}
