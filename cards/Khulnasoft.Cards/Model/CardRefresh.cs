namespace Khulnasoft.Cards.Model;

/// <summary>The card's <c>refresh</c>: Teams sends <see cref="Action"/> (trigger automatic) for the listed users.
/// <see cref="UserIds"/> null means "everyone" (≤60 members); an empty list means "no automatic refresh".</summary>
public sealed class CardRefresh
{
    public required ActionExecute Action { get; init; }

    public IReadOnlyList<string>? UserIds { get; init; }
}
