using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// Where Direct Line conversations, their activity logs and uploads live (in memory, or in Redis so that several
/// instances serve the same conversations). Every write slides the retention TTL. Appending an activity gives it
/// the next sequence number of its conversation (its watermark) and wakes the streams of that conversation on
/// every instance through <see cref="DirectLineSignals"/>.
/// </summary>
public interface IDirectLineStore
{
    /// <summary>Stores a new conversation; false when one with that id already exists.</summary>
    Task<bool> TryCreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>True exactly once per conversation: the caller then sends the bot its <c>conversationUpdate</c>.</summary>
    Task<bool> TryMarkMembersAddedAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends an activity (its <c>id</c> is ignored) and returns its sequence number, from 1.</summary>
    Task<long> AppendActivityAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> activities with a sequence number above <paramref name="watermark"/>, ids filled in.</summary>
    Task<DirectLineActivityPage> GetActivitiesAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken);

    /// <summary>The sequence number of the newest activity (0 when there is none).</summary>
    Task<long> GetWatermarkAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Counts an upload of <paramref name="files"/> files and <paramref name="bytes"/> bytes against the conversation's
    /// quota (<see cref="DirectLineOptions.MaxConversationUploadFiles"/> and <see cref="DirectLineOptions.MaxConversationUploadBytes"/>
    /// within <see cref="DirectLineOptions.RetentionTtl"/> of the first upload), atomically across instances. When it
    /// would go over, nothing is counted and <see cref="DirectLineUploadQuota.Granted"/> is false.
    /// </summary>
    Task<DirectLineUploadQuota> TryReserveUploadAsync(string conversationId, int files, long bytes, CancellationToken cancellationToken);

    /// <summary>Gives back a reservation whose files could not be stored.</summary>
    Task ReleaseUploadAsync(string conversationId, int files, long bytes, CancellationToken cancellationToken);

    Task SaveAttachmentAsync(DirectLineAttachment attachment, CancellationToken cancellationToken);

    Task<DirectLineAttachment?> GetAttachmentAsync(string attachmentId, CancellationToken cancellationToken);
}
