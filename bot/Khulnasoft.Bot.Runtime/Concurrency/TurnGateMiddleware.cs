using System.Text.Json;
using Khulnasoft.Bot.Runtime.Diagnostics;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// One turn at a time per conversation, across instances, and duplicate deliveries answered without running again.
/// Register it first. Per turn: wait for the conversation's in-process FIFO lock; then, in one store step, check
/// whether the activity id was already processed, take the conversation lease (fencing token) and read the registered
/// states that turns on this host use (<see cref="PrefetchedStates"/>; a state first used by a turn is read by that
/// turn, under the lease); run the rest of the pipeline (the lease is renewed while it runs); then, in one store step,
/// write the changed states with their ETags, record the processed activity with its answer and release.
/// A turn that throws saves nothing and releases the lease.
/// Order: within one instance turns run in arrival order. Across instances, a turn waiting for another instance's
/// lease polls, so two instances' waiting turns run in the order they win the lease (each instance still keeps its
/// own arrival order).
/// </summary>
public sealed class TurnGateMiddleware : IMiddleware
{
    private readonly ITurnGateStore _store;
    private readonly BotState[] _states;
    private readonly RedisStorageOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<TurnGateMiddleware> _logger;
    private readonly ConversationLocks _locks = new();
    private readonly VerifiedStateCache _cache;
    private readonly PrefetchedStates _prefetched;

    public TurnGateMiddleware(ITurnGateStore store, IEnumerable<BotState> states, RedisStorageOptions options, TimeProvider timeProvider, ILogger<TurnGateMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(states);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _states = [.. states.DistinctBy(s => s.ContextServiceKey, StringComparer.Ordinal)];
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _cache = new VerifiedStateCache(options.StateCacheSize);
        _prefetched = new PrefetchedStates(_states.Length);
    }

    /// <summary>Conversations currently holding or waiting for the in-process lock.</summary>
    internal int ActiveConversations => _locks.Count;

    /// <summary>States kept deserialized between turns (for tests).</summary>
    internal int CachedStates => _cache.Count;

    /// <summary>How many of the registered states a turn reads when it enters (for tests).</summary>
    internal int PrefetchedStateCount => _prefetched.Count;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var tag = RedisKeys.ConversationTag(activity.ChannelId, activity.Conversation.Id);
        var activityId = string.IsNullOrEmpty(activity.Id) ? null : activity.Id;
        using var local = await _locks.AcquireAsync(tag, cancellationToken).ConfigureAwait(false);

        var loaded = new List<(BotState State, string Key)>(_states.Length);
        var keys = new List<string>(_states.Length);
        for (var i = 0; i < _states.Length; i++)
        {
            if (_prefetched.Includes(i) && TryGetKey(_states[i], turnContext) is { } key)
            {
                loaded.Add((_states[i], key));
                keys.Add(key);
            }
        }

        // States this instance kept from the conversation's last turn: taken out (no other turn can use them now) and
        // used only where the store confirms, under the lease, that it still holds exactly their ETag.
        var held = TakeHeld(keys);
        TurnGateEntry entry;
        using (var span = BotTelemetry.Source.StartActivity(BotTelemetry.TurnGateEnterSpan))
        {
            span?.SetTag(BotTelemetry.StateCountAttribute, keys.Count);
            try
            {
                entry = await EnterAsync(tag, activityId, keys, held, span, cancellationToken).ConfigureAwait(false);
                span?.SetTag(BotTelemetry.TurnGateResultAttribute, entry.Status == TurnGateStatus.Duplicate ? "duplicate" : "entered");
            }
            catch (Exception e)
            {
                BotTelemetry.Fail(span, e);
                PutBack(keys, held);
                throw;
            }
        }

        if (entry.Status == TurnGateStatus.Duplicate)
        {
            TurnScope.Of(turnContext)?.SetOutcome(TurnOutcomes.Duplicate);
            PutBack(keys, held);
            TurnGateLog.DuplicateActivity(_logger, activityId!);
            await ReplayAsync(turnContext, entry.Processed!, cancellationToken).ConfigureAwait(false);
            return;
        }

        var lease = entry.Lease!;
        for (var i = 0; i < loaded.Count; i++)
        {
            var (state, key) = loaded[i];
            entry.States.TryGetValue(key, out var value);
            if (ReferenceEquals(value, TurnGateEntry.Unchanged) && held?[i] is { } kept)
            {
                state.SetCachedState(turnContext, kept);
            }
            else
            {
                state.SetCache(turnContext, ReferenceEquals(value, TurnGateEntry.Unchanged) ? null : value);
                state.GetCachedState(turnContext)!.StorageKey = key;
            }
        }

        var completed = false;
        try
        {
            if (_store.LeasesExpire)
            {
                await using var renewal = new LeaseRenewal(_store, lease, _options.LeaseDuration / 3, _timeProvider, _logger, cancellationToken);
                await next(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await next(cancellationToken).ConfigureAwait(false);
            }

            var changes = new List<(string Key, StateDocument Document)>();
            var changedStates = new List<BotState>();
            for (var i = 0; i < _states.Length; i++)
            {
                var state = _states[i];
                if (state.GetChanges(turnContext) is { } change)
                {
                    changes.Add(change);
                    changedStates.Add(state);
                }

                // A state the gate did not read but the turn loaded itself is read with the lease from now on (and, once
                // saved, may be kept like the others).
                if (!_prefetched.Includes(i) && state.GetCachedState(turnContext) is { } lazy && TryGetKey(state, turnContext) is { } lazyKey)
                {
                    _prefetched.Learn(i);
                    lazy.StorageKey ??= lazyKey;
                    loaded.Add((state, lazyKey));
                }
            }

            completed = true;
            SerializedReplies? serializedReplies = null;
            var processed = activityId is null ? null : Record(turnContext, out serializedReplies);
            using (var span = BotTelemetry.Source.StartActivity(BotTelemetry.TurnGateCompleteSpan))
            {
                span?.SetTag(BotTelemetry.StateCountAttribute, changes.Count);
                try
                {
                    await _store.CompleteAsync(lease, changes, processed, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    BotTelemetry.Fail(span, e);
                    throw;
                }
            }

            for (var i = 0; i < changes.Count; i++)
            {
                changedStates[i].AcceptChanges(turnContext, changes[i].Document);
            }

            if (processed is not null && serializedReplies is not null)
            {
                turnContext.TurnState[SerializedReplies.Key] = serializedReplies;
            }

            // What storage now holds for each state is exactly its cached bag (saved, or unchanged since the read). A bag
            // with nothing to continue (a finished conversation) is not kept: reading it back is cheaper than keeping it.
            if (_cache.Enabled)
            {
                foreach (var (state, key) in loaded)
                {
                    if (state.GetCachedState(turnContext) is { ETag: not null, HoldsNothingToContinue: false } cached && string.Equals(cached.StorageKey, key, StringComparison.Ordinal))
                    {
                        _cache.Put(key, cached);
                    }
                }
            }
        }
        finally
        {
            if (!completed)
            {
                await ReleaseQuietlyAsync(lease).ConfigureAwait(false);
            }
        }
    }

    private static string? TryGetKey(BotState state, ITurnContext turnContext)
    {
        try
        {
            return state.GetStorageKey(turnContext);
        }
        catch (InvalidOperationException)
        {
            // e.g. UserState without from.id: that state loads (and fails) lazily only if the bot uses it.
            return null;
        }
    }

    /// <summary>
    /// The record of this turn. The replies of an expectReplies turn are serialized here once: for the record, and (in
    /// <paramref name="serializedReplies"/>) for the adapter's answer, which is the same JSON array.
    /// </summary>
    private static ProcessedTurn Record(ITurnContext turnContext, out SerializedReplies? serializedReplies)
    {
        serializedReplies = null;
        var processed = new ProcessedTurn { InvokeResponse = InvokeResponses.FromTurnState(turnContext.TurnState) };
        if (turnContext is TurnContext concrete
            && string.Equals(turnContext.Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            processed.Replies.AddRange(concrete.BufferedReplyActivities);
            var json = JsonSerializer.SerializeToUtf8Bytes(processed.Replies, BotJson.Options);
            processed.UseSerializedReplies(json);
            serializedReplies = new SerializedReplies(json, processed.Replies.Count);
        }

        return processed;
    }

    private static async Task ReplayAsync(ITurnContext turnContext, ProcessedTurn processed, CancellationToken cancellationToken)
    {
        // Re-sending in an expectReplies turn buffers the replies again, so the adapter returns the same list.
        if (processed.Replies.Count > 0
            && string.Equals(turnContext.Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            await turnContext.SendActivitiesAsync(processed.Replies, cancellationToken).ConfigureAwait(false);
        }

        if (processed.InvokeResponse is { } invokeResponse)
        {
            turnContext.TurnState[BotAdapter.InvokeResponseKey] = InvokeResponses.ToActivity(invokeResponse);
        }
    }

    private CachedBotState?[]? TakeHeld(List<string> keys)
    {
        if (!_cache.Enabled)
        {
            return null;
        }

        CachedBotState?[]? held = null;
        for (var i = 0; i < keys.Count; i++)
        {
            if (_cache.Take(keys[i]) is { } kept)
            {
                held ??= new CachedBotState?[keys.Count];
                held[i] = kept;
            }
        }

        return held;
    }

    /// <summary>A turn that did not run (duplicate, or the store could not be entered) leaves the kept states as they were.</summary>
    private void PutBack(List<string> keys, CachedBotState?[]? held)
    {
        if (held is null)
        {
            return;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (held[i] is { } kept)
            {
                _cache.Put(keys[i], kept);
            }
        }
    }

    private async Task<TurnGateEntry> EnterAsync(string tag, string? activityId, IReadOnlyList<string> keys, CachedBotState?[]? held, System.Diagnostics.Activity? span, CancellationToken cancellationToken)
    {
        IReadOnlyList<string?>? knownETags = held is null ? null : [.. held.Select(h => h?.ETag)];
        var started = _timeProvider.GetTimestamp();
        var backoff = TimeSpan.FromMilliseconds(5);
        var waits = 0;
        while (true)
        {
            var entry = knownETags is null
                ? await _store.TryEnterAsync(tag, activityId, keys, cancellationToken).ConfigureAwait(false)
                : await _store.TryEnterAsync(tag, activityId, keys, knownETags, cancellationToken).ConfigureAwait(false);
            if (entry.Status != TurnGateStatus.Busy)
            {
                return entry;
            }

            span?.SetTag(BotTelemetry.TurnGateWaitsAttribute, ++waits);

            var waited = _timeProvider.GetElapsedTime(started);
            if (waited >= _options.LeaseWaitTimeout)
            {
                TurnGateLog.WaitTimedOut(_logger, waited.TotalSeconds);
                throw new StorageUnavailableException("Another instance is still running a turn of this conversation; the activity was not processed and can be retried.");
            }

            await Task.Delay(entry.RetryAfter < backoff ? entry.RetryAfter : backoff, _timeProvider, cancellationToken).ConfigureAwait(false);
            backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 100));
        }
    }

    private async Task ReleaseQuietlyAsync(TurnLease lease)
    {
        try
        {
            await _store.ReleaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
        }
        catch (StorageUnavailableException e)
        {
            TurnGateLog.ReleaseFailed(_logger, lease.Fence, e);
        }
    }
}
