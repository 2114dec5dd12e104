using System.Text.Json.Nodes;

namespace Khulnasoft.Cards.Model;

/// <summary>Action.Submit: sends <see cref="Data"/> merged with the input values to the bot as a message.</summary>
public sealed class ActionSubmit : CardAction
{
    public required JsonObject Data { get; init; }

    /// <summary>Which inputs are validated and sent: <c>auto</c> (default) or <c>none</c> (Cancel buttons).</summary>
    public string? AssociatedInputs { get; init; }
}
