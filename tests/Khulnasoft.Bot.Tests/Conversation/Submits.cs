using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Testing;

namespace Khulnasoft.Bot.Tests.Conversation;

/// <summary>Activities a user's client sends when a card button is clicked (Action.Submit: no text, the data as value).</summary>
public static class Submits
{
    public static Activity Click(TestAdapter adapter, string action, params (string Key, string Value)[] inputs)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var value = new JsonObject { ["action"] = action };
        foreach (var (key, input) in inputs)
        {
            value[key] = input;
        }

        var activity = adapter.MakeActivity();
        activity.Value = value;
        return activity;
    }
}
