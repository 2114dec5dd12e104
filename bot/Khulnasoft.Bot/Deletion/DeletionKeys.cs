namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The storage keys of the deletion feature, spelled in one place. None of them has the shape of bot state keys
/// (<c>{channel}/users/{id}</c>, <c>{channel}/conversations/{id}</c>), so the Redis store keeps them without a TTL:
/// cases and audit chains are records that must outlive conversations.
/// </summary>
public static class DeletionKeys
{
    public static string Case(string caseId) => $"deletion/cases/{caseId}";

    public static string Audit(string caseId) => $"deletion/audit/{caseId}";

    public static string User(string userId) => $"deletion/by-user/{userId}";

    /// <summary>The index of cases that still need work; the watchdog walks it (IStorage has no scan).</summary>
    public const string OpenCases = "deletion/open-cases";

    /// <summary>The index of every case, oldest first (the operator console lists and searches it).</summary>
    public const string AllCases = "deletion/all-cases";

    /// <summary>Marks that the cases stored before <see cref="AllCases"/> existed were added to it (<see cref="CaseIndexBackfill"/>).</summary>
    public const string AllCasesBackfilled = "deletion/all-cases-backfilled";
}
