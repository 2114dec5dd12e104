namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// The storage (Redis) could not be reached. The HTTP adapter answers such a turn with 503 and Retry-After, so the
/// channel delivers the activity again later and nothing is lost.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException() { }

    public StorageUnavailableException(string message)
        : base(message) { }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException) { }
}
