namespace Khulnasoft.Bot.Deletion;

/// <summary>What <c>DELETE /users/{id}</c> answered: deleted (with what), or refused with what blocks it (409).</summary>
public sealed record UserDeletionOutcome(bool Deleted, IReadOnlyList<string> DeletedAccountIds, int RemovedMemberCount, IReadOnlyList<CaseBlocker> Blockers)
{
    public static UserDeletionOutcome Refused(IReadOnlyList<CaseBlocker> blockers) => new(false, [], 0, blockers);
}
