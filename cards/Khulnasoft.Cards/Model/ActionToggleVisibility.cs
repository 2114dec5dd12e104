namespace Khulnasoft.Cards.Model;

/// <summary>Action.ToggleVisibility: shows or hides elements by id (client side only).</summary>
public sealed class ActionToggleVisibility : CardAction
{
    public required IReadOnlyList<string> TargetElements { get; init; }
}
