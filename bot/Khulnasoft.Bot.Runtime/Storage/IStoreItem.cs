namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>A stored value with optimistic concurrency: the ETag it was read with guards the next write.</summary>
public interface IStoreItem
{
    /// <summary>The stored version; <c>*</c>, null or empty means "overwrite whatever is there".</summary>
    string? ETag { get; set; }
}
