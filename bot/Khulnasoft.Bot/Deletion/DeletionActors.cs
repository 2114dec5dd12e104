namespace Khulnasoft.Bot.Deletion;

/// <summary>Actor names recorded in history and audit: who made a change.</summary>
public static class DeletionActors
{
    public const string DeletionJob = "job:deletion";
    public const string PurgeJob = "job:purge";
    public const string NotificationJob = "job:notifications";
    public const string Watchdog = "job:watchdog";

    public static string User(string userId) => $"user:{userId}";

    public static string Operator(string name) => $"operator:{name}";
}
