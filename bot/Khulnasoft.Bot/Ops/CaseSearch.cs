using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// The case list: every case, failed ones first (support must finish them), then newest first; filtered by a query
/// (a case id, a user id, or an email, compared by its keyed hash) and a state; one page at a time.
/// </summary>
public sealed class CaseSearch(DeletionCaseStore store, EmailHasher emails)
{
    public async Task<(IReadOnlyList<DeletionCase> Page, int Total)> SearchAsync(string? query, DeletionCaseState? state, int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken).ConfigureAwait(false);
        var q = query?.Trim();
        var emailHash = q is { Length: > 0 } && q.Contains('@', StringComparison.Ordinal) ? emails.Hash(q) : null;
        var matching = all
            .Where(c => string.IsNullOrEmpty(q) || c.CaseId == q || c.UserId == q || (emailHash is not null && c.EmailHash == emailHash))
            .Where(c => state is null || c.State == state)
            .OrderByDescending(c => c.State == DeletionCaseState.Failed)
            .ThenByDescending(c => c.CreatedAt)
            .ToList();
        return ([.. matching.Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize)], matching.Count);
    }

    public async Task<IReadOnlyList<DeletionCase>> AllAsync(CancellationToken cancellationToken)
    {
        // The all-cases index, and the open cases of the watchdog's index (cases opened before the all-cases index existed).
        var all = await store.ListAllCaseIdsAsync(cancellationToken).ConfigureAwait(false);
        var open = await store.ListOpenCaseIdsAsync(cancellationToken).ConfigureAwait(false);
        return await store.GetManyAsync([.. open.Except(all, StringComparer.Ordinal), .. all], cancellationToken).ConfigureAwait(false);
    }
}
