using System.Collections.Concurrent;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// Attempts whose outcome this instance does not know: an Enter (or a Complete) that timed out or was cancelled while
/// Redis held it, so Redis may still run it later and leave a lease with that attempt's owner id. The conversation's
/// next Enter from this instance names the owner, and the script takes over a lease held by exactly that attempt
/// instead of waiting for it to expire. Bounded: when full, such a lease just expires as before.
/// </summary>
internal sealed class AbandonedLeases(int capacity)
{
    private readonly ConcurrentDictionary<string, string> _owners = new(StringComparer.Ordinal);

    /// <summary>The owner id of the conversation's abandoned attempt, or null.</summary>
    public string? OwnerOf(string conversationTag) =>
        _owners.IsEmpty ? null : _owners.GetValueOrDefault(conversationTag);

    public void Add(string conversationTag, string owner)
    {
        if (_owners.Count < capacity || _owners.ContainsKey(conversationTag))
        {
            _owners[conversationTag] = owner;
        }
    }

    /// <summary>A newer attempt holds the lease now (or the abandoned one can no longer hold it).</summary>
    public void Forget(string conversationTag, string owner) =>
        _owners.TryRemove(new KeyValuePair<string, string>(conversationTag, owner));
}
