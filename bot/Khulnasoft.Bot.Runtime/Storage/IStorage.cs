namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// Key/value storage for bot state, shaped like the SDK's <c>IStorage</c> (protocol doc §7.10).
/// Values are serialized as JSON by their declared runtime type. A value implementing <see cref="IStoreItem"/>
/// is written only if its <see cref="IStoreItem.ETag"/> matches the stored one (or is <c>*</c>, null or empty);
/// otherwise <see cref="StorageConcurrencyException"/> is thrown and nothing in that call is written.
/// </summary>
public interface IStorage
{
    /// <summary>The stored values; keys that don't exist are left out. Values are <see cref="System.Text.Json.JsonElement"/>s: use <see cref="StorageExtensions.ReadAsync{T}"/> for typed reads.</summary>
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>Writes every change; each <see cref="IStoreItem"/> gets its new ETag.</summary>
    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the keys; missing keys are no error.</summary>
    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
}
