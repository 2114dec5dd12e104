namespace Khulnasoft.Bot.Sandbox;

/// <summary>Settings of the embedded sandbox (section <c>Sandbox</c>).</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>Serve the sandbox (default: true in Development, false otherwise; refused in Production).</summary>
    public bool Enabled { get; set; }

    /// <summary>The bearer token the sandbox API accepts.</summary>
    public string ServiceToken { get; set; } = "sandbox-token";

    /// <summary>The seed file; relative paths are resolved against the application directory.</summary>
    public string SeedFile { get; set; } = "Sandbox/seed.json";

    /// <summary>Loopback port of the embedded SMTP server; 0 picks a free port at start-up.</summary>
    public int SmtpPort { get; set; }
}
