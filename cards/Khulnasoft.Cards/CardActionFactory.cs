using System.Text.Json.Nodes;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards;

/// <summary>Builds the buttons of a card for one host, following the action contract: Web Chat gets Action.Submit,
/// Teams gets Action.Execute (verb = action name, Action.Submit fallback) for the actions that answer in place.</summary>
public sealed class CardActionFactory(CardHost host)
{
    public CardHost Host => host;

    /// <summary>A button that sends <paramref name="action"/> with <paramref name="extras"/> in its data.</summary>
    public CardAction Button(string title, string action, ActionStyle? style = null, params (string Key, string? Value)[] extras)
    {
        var submit = Submit(title, action, style, extras);
        if (host != CardHost.Teams || !CardActions.AnswerInPlace.Contains(action))
        {
            return submit;
        }

        return new ActionExecute { Title = title, Verb = action, Data = Data(action, extras), Style = style, Fallback = submit };
    }

    /// <summary>An Action.Submit on every host (answers the dialog's prompt).</summary>
    public static ActionSubmit Submit(string title, string action, ActionStyle? style = null, params (string Key, string? Value)[] extras) =>
        new() { Title = title, Data = Data(action, extras), Style = style };

    /// <summary>A Cancel-like Action.Submit that neither validates nor sends the card's inputs.</summary>
    public static ActionSubmit SubmitWithoutInputs(string title, string action, params (string Key, string? Value)[] extras) =>
        new() { Title = title, Data = Data(action, extras), AssociatedInputs = "none" };

    /// <summary>The data object: <c>{"action": name, …extras}</c>; extras with a null value are left out.</summary>
    public static JsonObject Data(string action, params (string Key, string? Value)[] extras)
    {
        if (!CardActions.All.Contains(action))
        {
            throw new ArgumentException($"'{action}' is not in the card action contract (CardActions).", nameof(action));
        }

        var data = new JsonObject { [CardActions.ActionField] = action };
        foreach (var (key, value) in extras)
        {
            if (value is not null)
            {
                data[key] = value;
            }
        }

        return data;
    }
}
