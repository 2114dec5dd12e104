namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>Thrown when a write's ETag no longer matches the stored item: someone else changed it first.</summary>
public sealed class StorageConcurrencyException : Exception
{
    public StorageConcurrencyException() { }

    public StorageConcurrencyException(string message)
        : base(message) { }

    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException) { }

    public static StorageConcurrencyException ForKey(string key) => new($"Etag conflict: the item '{key}' was changed by another writer.");
}
