using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>State per user, key <c>{channelId}/users/{userId}</c> (the SDK's).</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    public override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("invalid activity-missing channelId");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("invalid activity-missing From.Id");
        return $"{channelId}/users/{userId}";
    }
}
