namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>Per-turn values shared by middleware and the bot (state caches, the invoke response, …).</summary>
public sealed class TurnContextStateCollection : Dictionary<string, object>
{
    // A turn puts 8-11 values here (the state caches, the adapter's, the gate's, telemetry): sized for them from the
    // start, the table isn't grown three times in every turn.
    private const int TypicalCount = 16;

    public TurnContextStateCollection()
        : base(TypicalCount, StringComparer.Ordinal)
    {
    }

    /// <summary>The value stored under <paramref name="key"/>, or default when missing or of another type.</summary>
    public T? Get<T>(string key) => TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>The value stored under the type's full name (the SDK's convention for services).</summary>
    public T? Get<T>()
        where T : class => Get<T>(typeof(T).FullName!);

    public void Set<T>(string key, T value)
        where T : notnull => this[key] = value;

    public void Set<T>(T value)
        where T : class => this[typeof(T).FullName!] = value;
}
