using System.Diagnostics.Metrics;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Funnel;

/// <summary>
/// Records the conversation's funnel steps (<see cref="IFunnelEvents"/>): the conversation only as a keyed hash
/// (<see cref="EmailHasher.Keyed"/> of channel and conversation id: HMAC-SHA256 with <c>Deletion:EmailHashKey</c>), the UTC day, the step. A new step
/// of a conversation also counts on the counter <c>khulnasoft.backoffice.funnel.conversations</c> (tag <c>step</c>).
/// A storage outage is logged and the turn goes on.
/// </summary>
public sealed partial class FunnelRecorder : IFunnelEvents
{
    private readonly IFunnelStore _store;
    private readonly TimeProvider _clock;
    private readonly ILogger<FunnelRecorder> _logger;
    private readonly EmailHasher _hasher;
    private readonly Counter<long> _reached;

    public FunnelRecorder(IFunnelStore store, EmailHasher hasher, TimeProvider clock, IMeterFactory meters, ILogger<FunnelRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        (_store, _hasher, _clock, _logger) = (store, hasher, clock, logger);
        // The factory owns (and disposes) the meter; the console's FunnelCounts shares it.
        _reached = meters.Create("Khulnasoft.Bot.BackOffice").CreateCounter<long>("khulnasoft.backoffice.funnel.conversations", "{conversation}", "Conversations that reached a funnel step before a case exists (each once per step)");
    }

    public async Task ReachedAsync(ITurnContext turnContext, string step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrEmpty(step);
        var activity = turnContext.Activity;
        var conversation = Hash(activity.ChannelId + "/" + activity.Conversation?.Id);
        try
        {
            if (await _store.ReachAsync(step, conversation, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime), cancellationToken).ConfigureAwait(false))
            {
                _reached.Add(1, new KeyValuePair<string, object?>("step", step));
            }
        }
        catch (Exception e) when (e is StorageUnavailableException or RedisException)
        {
            LogNotRecorded(_logger, step, e);
        }
    }

    private string Hash(string conversation) => _hasher.Keyed(conversation)[..32];

    [LoggerMessage(EventId = 8101, Level = LogLevel.Warning, Message = "Funnel step {Step} not recorded: storage unavailable")]
    private static partial void LogNotRecorded(ILogger logger, string step, Exception exception);
}
