using System.Collections.Concurrent;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>The host's real <see cref="IStorage"/> with a count of the write calls that touched each key.</summary>
public sealed class CountingStorage(IStorage inner) : IStorage
{
    private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);

    /// <summary>How many write calls included <paramref name="key"/> since the last <see cref="Reset"/>.</summary>
    public int WritesOf(string key) => _writes.GetValueOrDefault(key);

    public void Reset() => _writes.Clear();

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await inner.WriteAsync(changes, cancellationToken);
        foreach (var key in changes.Keys)
        {
            _writes.AddOrUpdate(key, 1, (_, count) => count + 1);
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
