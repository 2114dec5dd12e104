using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>Everything a turn needs: the incoming activity, a way to answer, and per-turn state.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    TurnContextStateCollection TurnState { get; }

    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>True once the bot has sent a non-trace activity during this turn.</summary>
    bool Responded { get; }

    Task<ResourceResponse?> SendActivityAsync(string textReplyToSend, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);

    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);

    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);

    ITurnContext OnDeleteActivity(DeleteActivityHandler handler);
}
