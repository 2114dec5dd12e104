namespace Khulnasoft.Sandbox;

/// <summary>Where the sandbox answers on the host that maps it (paths, so the host composes absolute URLs).</summary>
public static class SandboxPaths
{
    /// <summary>The account API (docs/khulnasoft-api.md), the base URL of the bot's client in sandbox mode.</summary>
    public const string Api = "/sandbox/api/v4";

    /// <summary>The dashboard, where a person does each prerequisite by hand (the bot's deep links point here).</summary>
    public const string Dashboard = "/sandbox/dash";

    /// <summary>The mailbox of everything sent to the embedded SMTP server.</summary>
    public const string Mailbox = "/sandbox/mailbox";
}
