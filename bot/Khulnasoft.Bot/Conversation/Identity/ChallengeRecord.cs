using System.Text.Json.Serialization;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// The stored state of one subject's challenge for one purpose (one record per email and purpose, so a new code
/// replaces the previous one). Every change is an ETag compare-and-set. Holds no email and no code: the key and
/// <see cref="SecretHash"/> are keyed hashes; the user id and the hash are dropped as soon as the challenge can no
/// longer be answered.
/// </summary>
internal sealed class ChallengeRecord : IStoreItem
{
    public string? ETag { get; set; }

    /// <summary>When challenges were armed within the last hour (the hourly limit).</summary>
    public List<DateTimeOffset> IssuedAt { get; set; } = [];

    [JsonConverter(typeof(JsonStringEnumConverter<ChallengeState>))]
    public ChallengeState State { get; set; }

    /// <summary>Base64 keyed hash of the expected answer while <see cref="ChallengeState.Active"/>.</summary>
    public string? SecretHash { get; set; }

    /// <summary>The user the challenge proves while active; null for an address that belongs to nobody.</summary>
    public string? UserId { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Wrong answers given to the current challenge.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>
    /// The last answer that changed the challenge (its conversation and activity id) and what it got: the channel
    /// delivers an answer again when its turn could not be saved, and that answer gets the same result without being
    /// counted twice. A right answer keeps its user id here until the next challenge is armed.
    /// </summary>
    public string? LastAnswerId { get; set; }

    public CodeVerifyResult? LastResult { get; set; }
}
