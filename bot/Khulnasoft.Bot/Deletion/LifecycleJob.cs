namespace Khulnasoft.Bot.Deletion;

/// <summary>The Hangfire jobs that move a case on: the deletion (grace period over) and the purge (purge delay over).</summary>
public enum LifecycleJob
{
    Deletion,
    Purge,
}
