using System.Collections.Concurrent;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

/// <summary>A minimal adapter for one "bot host": runs turns through its middleware and records what was sent.</summary>
public sealed class RecordingAdapter : BotAdapter
{
    public ConcurrentQueue<Activity> Sent { get; } = new();

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            Sent.Enqueue(activity);
        }

        return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    /// <summary>Runs one turn; returns the invoke response and the expectReplies buffer, like an HTTP adapter would answer.</summary>
    public async Task<TurnAnswer> ProcessAsync(Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken = default)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot, cancellationToken);
        return new TurnAnswer(InvokeResponses.FromTurnState(context.TurnState), [.. context.BufferedReplyActivities]);
    }
}
