using System.Security.Claims;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>
/// The smallest channel adapter: runs the turn and sends through the registered connector factory, as the real
/// CloudAdapter does. It lets the Direct Line tests run without the host.
/// </summary>
public sealed class TestChannelAdapter(IConnectorClientFactory connectors) : BotAdapter
{
    public override async Task<InvokeResponse?> ProcessActivityAsync(ClaimsIdentity identity, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken);
        return null;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            var client = connectors.Create(activity.ServiceUrl!);
            responses.Add(activity.ReplyToId is null
                ? await client.SendToConversationAsync(activity.Conversation!.Id!, activity, cancellationToken)
                : await client.ReplyToActivityAsync(activity.Conversation!.Id!, activity.ReplyToId, activity, cancellationToken));
        }

        return [.. responses];
    }

    public override async Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        await connectors.Create(activity.ServiceUrl!).UpdateActivityAsync(activity.Conversation!.Id!, activity.Id!, activity, cancellationToken);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        connectors.Create(reference.ServiceUrl!).DeleteActivityAsync(reference.Conversation!.Id!, reference.ActivityId!, cancellationToken);
}
