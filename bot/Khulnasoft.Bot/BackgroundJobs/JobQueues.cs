namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>The Hangfire queues. Every server listens to all of them (plus <c>default</c> for recurring jobs).</summary>
public static class JobQueues
{
    public const string Deletion = "deletion";
    public const string Purge = "purge";
    public const string Notifications = "notifications";

    public static string[] All { get; } = [Deletion, Purge, Notifications, "default"];
}
