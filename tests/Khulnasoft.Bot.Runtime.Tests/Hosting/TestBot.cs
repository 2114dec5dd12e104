using System.Collections.Concurrent;
using System.Security.Claims;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Tests.Hosting;

/// <summary>A bot whose behaviour the message text chooses; it records every turn it sees.</summary>
public sealed class TestBot(TurnLog log) : ActivityHandler
{
    public const string SecretDetail = "connection string Password=hunter2";

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        log.Turns.Enqueue(new SeenTurn(turnContext.Activity, turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey), turnContext.TurnState.Get<string>(BotAdapter.CorrelationIdKey)));
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        switch (turnContext.Activity.Text)
        {
            case "fail":
                throw new InvalidOperationException(SecretDetail);
            case "storage down":
                throw new StorageUnavailableException("redis is down");
            case "two":
                await turnContext.SendActivityAsync("first", cancellationToken: cancellationToken);
                await turnContext.SendActivityAsync("second", cancellationToken: cancellationToken);
                break;
            case "trace":
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug", Label = "t" }, cancellationToken);
                await turnContext.SendActivityAsync("after trace", cancellationToken: cancellationToken);
                break;
            case "edit":
                var sent = await turnContext.SendActivityAsync("v1", cancellationToken: cancellationToken);
                var update = Activity.CreateMessageActivity("v2");
                update.Id = sent!.Id;
                await turnContext.UpdateActivityAsync(update, cancellationToken);
                await turnContext.DeleteActivityAsync(sent.Id!, cancellationToken);
                break;
            case "delay":
                await turnContext.SendActivitiesAsync(
                    [Activity.CreateMessageActivity("before"), new Activity { Type = ActivityTypes.Delay, Value = System.Text.Json.Nodes.JsonValue.Create(10) }, Activity.CreateMessageActivity("after")],
                    cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken: cancellationToken);
                break;
        }
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync("welcome", cancellationToken: cancellationToken);

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        if (invokeValue.Action?.Verb == "explode")
        {
            throw new InvalidOperationException(SecretDetail);
        }

        return Task.FromResult(AdaptiveCardInvokeResponse.Message("done: " + invokeValue.Action?.Verb));
    }
}

/// <summary>What the test bot saw, shared with the test through DI.</summary>
public sealed class TurnLog
{
    public ConcurrentQueue<SeenTurn> Turns { get; } = new();
}

public sealed record SeenTurn(Activity Activity, ClaimsIdentity? Identity, string? CorrelationId);
