using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>Converts between an <see cref="InvokeResponse"/> and the SDK-internal <c>invokeResponse</c> activity.</summary>
public static class InvokeResponses
{
    public static Activity ToActivity(InvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new Activity
        {
            Type = ActivityTypes.InvokeResponse,
            Value = new JsonObject { ["status"] = response.Status, ["body"] = response.Body?.DeepClone() },
        };
    }

    /// <summary>The invoke response a turn produced, or null when the handler produced none.</summary>
    public static InvokeResponse? FromTurnState(TurnContextStateCollection turnState)
    {
        ArgumentNullException.ThrowIfNull(turnState);
        if (turnState.Get<Activity>(BotAdapter.InvokeResponseKey) is not { Value: JsonObject value })
        {
            return null;
        }

        var status = value["status"]?.GetValue<int>() ?? 200;
        return new InvokeResponse(status, value["body"]?.DeepClone());
    }
}
