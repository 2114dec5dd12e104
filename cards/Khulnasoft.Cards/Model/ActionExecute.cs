using System.Text.Json.Nodes;

namespace Khulnasoft.Cards.Model;

/// <summary>Action.Execute (Universal Actions, Teams): an <c>adaptiveCard/action</c> invoke the bot answers with a new card.</summary>
public sealed class ActionExecute : CardAction
{
    public required string Verb { get; init; }

    public required JsonObject Data { get; init; }

    public string? AssociatedInputs { get; init; }

    /// <summary>The action a host without Action.Execute uses instead. The parser accepts an action object or
    /// the string "drop"; a type name such as "Action.Submit" is ignored and the button is lost.</summary>
    public CardAction? Fallback { get; init; }
}
