using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// <see cref="DeletionProgress"/> in the runtime's <see cref="IStorage"/> (Redis when configured), under the user id.
/// Written when a step begins, deleted when the conversation ends (scheduled, cancelled, or stopped at a step).
/// </summary>
public sealed class DeletionProgressStore(IStorage storage)
{
    public async Task<DeletionProgress?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var found = await storage.ReadAsync<DeletionProgress>([Key(userId)], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(Key(userId), out var progress) ? progress : null;
    }

    public Task SetAsync(string userId, DeletionProgress progress, CancellationToken cancellationToken) =>
        storage.WriteAsync(new Dictionary<string, object> { [Key(userId)] = progress }, cancellationToken);

    public Task ClearAsync(string userId, CancellationToken cancellationToken) => storage.DeleteAsync([Key(userId)], cancellationToken);

    private static string Key(string userId) => "deletion-progress/" + userId;
}
