using System.Collections.Concurrent;
using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>Records what it receives and answers "echo: …"; "update" and "big" exercise the connector's refusals.</summary>
public sealed class RecordingBot : IBot
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Received.Enqueue(turnContext.Activity.Clone());
        if (!turnContext.Activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        var text = turnContext.Activity.Text;
        if (text == "update")
        {
            var sent = await turnContext.SendActivityAsync("original", cancellationToken: cancellationToken);
            try
            {
                var replacement = Activity.CreateMessageActivity("replaced");
                replacement.Id = sent!.Id;
                replacement.Conversation = turnContext.Activity.Conversation;
                replacement.ServiceUrl = turnContext.Activity.ServiceUrl;
                await turnContext.UpdateActivityAsync(replacement, cancellationToken);
                await turnContext.SendActivityAsync("update worked", cancellationToken: cancellationToken);
            }
            catch (Khulnasoft.Bot.Runtime.Connector.ConnectorException e)
            {
                await turnContext.SendActivityAsync($"update refused: {e.StatusCode} {e.Code}", cancellationToken: cancellationToken);
            }

            return;
        }

        if (text == "big")
        {
            try
            {
                await turnContext.SendActivityAsync(new string('x', 300_000), cancellationToken: cancellationToken);
            }
            catch (Khulnasoft.Bot.Runtime.Connector.ConnectorException e)
            {
                await turnContext.SendActivityAsync($"send refused: {e.StatusCode} {e.Code}", cancellationToken: cancellationToken);
            }

            return;
        }

        var attachments = turnContext.Activity.Attachments?.Count ?? 0;
        await turnContext.SendActivityAsync(
            attachments > 0 ? $"echo: {attachments} attachment(s)" : $"echo: {text}",
            cancellationToken: cancellationToken);
    }
}
