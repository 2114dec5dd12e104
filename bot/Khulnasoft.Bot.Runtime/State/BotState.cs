using System.Text.Json;
using Khulnasoft.Bot.Runtime.Diagnostics;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>
/// A property bag stored under one key per scope (conversation, user, …), loaded once per turn into the turn
/// state and saved only when changed. Unlike the SDK, saves carry the ETag read, so a concurrent change is
/// detected (<see cref="StorageConcurrencyException"/>) instead of silently lost.
/// </summary>
public abstract class BotState
{
    private readonly string _contextServiceKey;

    protected BotState(IStorage storage, string contextServiceKey)
    {
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _contextServiceKey = contextServiceKey;
    }

    public IStorage Storage { get; }

    /// <summary>The turn-state key under which this state's cache lives.</summary>
    public string ContextServiceKey => _contextServiceKey;

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new BotStatePropertyAccessor<T>(this, name);
    }

    /// <summary>The storage key of this state for the turn's activity.</summary>
    public abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>Reads the state once per turn (or again with <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.ContainsKey(_contextServiceKey))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.StateLoadSpan);
        span?.SetTag(BotTelemetry.StateKindAttribute, GetType().Name);
        IDictionary<string, object> items;
        try
        {
            items = await Storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            BotTelemetry.Fail(span, e);
            throw;
        }

        items.TryGetValue(key, out var raw);
        SetCache(turnContext, raw);
    }

    /// <summary>Puts an already-read stored value in the turn cache (used by loaders that read several states in one round trip).</summary>
    public void SetCache(ITurnContext turnContext, object? storedValue)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // The stores hand out elements that own their bytes: members stay elements of that one parse until first read.
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        string? eTag = null;
        if (storedValue is not JsonElement { ValueKind: JsonValueKind.Object } stored || !TryReadBag(stored, values, out eTag))
        {
            values.Clear();
            var document = StorageExtensions.ConvertTo<StateDocument>(storedValue);
            if (document is not null)
            {
                foreach (var (name, value) in document.Values)
                {
                    values[name] = value;
                }
            }

            eTag = document?.ETag;
        }

        turnContext.TurnState[_contextServiceKey] = new CachedBotState(values, eTag);
    }

    /// <summary>Puts a state kept from an earlier turn (verified against storage by the caller) in the turn cache.</summary>
    internal void SetCachedState(ITurnContext turnContext, CachedBotState state) => turnContext.TurnState[_contextServiceKey] = state;

    /// <summary>The turn's cached state, or null when not loaded.</summary>
    public CachedBotState? GetCachedState(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<CachedBotState>(_contextServiceKey);
    }

    /// <summary>
    /// The document to write for this turn, or null when nothing changed (and not forced). The bag is serialized once
    /// here; that serialization is both the change check (against what was stored) and what the stores write.
    /// </summary>
    public (string Key, StateDocument Document)? GetChanges(ITurnContext turnContext, bool force = false)
    {
        var cached = GetCachedState(turnContext);
        if (cached?.Serialize(force) is not { } document)
        {
            return null;
        }

        return (cached.StorageKey ?? GetStorageKey(turnContext), document);
    }

    /// <summary>Marks a successful write: the cache now matches storage.</summary>
    public void AcceptChanges(ITurnContext turnContext, StateDocument written)
    {
        ArgumentNullException.ThrowIfNull(written);
        GetCachedState(turnContext)?.Accept(written);
    }

    /// <summary>Writes the state if it changed (or when forced), with the ETag it was read with.</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (GetChanges(turnContext, force) is not { } change)
        {
            return;
        }

        using (var span = BotTelemetry.Source.StartActivity(BotTelemetry.StateSaveSpan))
        {
            span?.SetTag(BotTelemetry.StateKindAttribute, GetType().Name);
            try
            {
                await Storage.WriteAsync(new Dictionary<string, object> { [change.Key] = change.Document }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                BotTelemetry.Fail(span, e);
                throw;
            }
        }

        AcceptChanges(turnContext, change.Document);
    }

    /// <summary>Empties the cached state; the next save writes the empty bag.</summary>
    public Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var eTag = GetCachedState(turnContext)?.ETag;
        turnContext.TurnState[_contextServiceKey] = new CachedBotState(new Dictionary<string, object>(StringComparer.Ordinal), eTag) { Cleared = true };
        return Task.CompletedTask;
    }

    /// <summary>Removes the state from the cache and from storage.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
        await Storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    private static bool TryReadBag(JsonElement stored, Dictionary<string, object> values, out string? eTag)
    {
        eTag = null;
        foreach (var property in stored.EnumerateObject())
        {
            if (string.Equals(property.Name, "eTag", StringComparison.OrdinalIgnoreCase))
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        eTag = property.Value.GetString();
                        break;
                    case JsonValueKind.Null:
                        eTag = null;
                        break;
                    default:
                        return false;
                }

                continue;
            }

            values[property.Name] = property.Value;
        }

        return true;
    }

    internal async Task<T?> GetPropertyValueAsync<T>(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        var cached = await EnsureLoadedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (!cached.Values.TryGetValue(name, out var value))
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        var converted = value is JsonElement element ? element.Deserialize<T>(StorageJson.Options) : StorageExtensions.ConvertTo<T>(value);
        if (converted is not null)
        {
            cached.Values[name] = converted;
        }

        return converted;
    }

    internal async Task<bool> HasPropertyAsync(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        var cached = await EnsureLoadedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return cached.Values.ContainsKey(name);
    }

    internal async Task SetPropertyValueAsync(ITurnContext turnContext, string name, object value, CancellationToken cancellationToken)
    {
        var cached = await EnsureLoadedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Values[name] = value;
    }

    internal async Task DeletePropertyValueAsync(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        var cached = await EnsureLoadedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Values.Remove(name);
    }

    private async Task<CachedBotState> EnsureLoadedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        return GetCachedState(turnContext) ?? throw new InvalidOperationException($"{GetType().Name} could not be loaded.");
    }
}
