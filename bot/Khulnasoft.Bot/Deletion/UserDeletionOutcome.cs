namespace Khulnasoft.Bot.Deletion;

/// <summary>What <c>DELETE /users/{id}</c> answered: deleted (with what), or refused with the unmet prerequisites (409).</summary>
public sealed record UserDeletionOutcome(bool Deleted, IReadOnlyList<string> DeletedAccountIds, int RemovedMemberCount, IReadOnlyList<string> UnmetPrerequisites)
{
    public static UserDeletionOutcome Refused(IReadOnlyList<string> unmet) => new(false, [], 0, unmet);
}
