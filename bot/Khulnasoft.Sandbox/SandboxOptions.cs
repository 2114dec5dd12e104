namespace Khulnasoft.Sandbox;

/// <summary>Settings of the sandbox (section <c>Sandbox</c>); docs/sandbox.md lists them with their defaults.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>Serve the sandbox (default: true in Development, false otherwise). See <see cref="SandboxMode"/>.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Lets <see cref="Enabled"/> switch the sandbox on outside Development (never in Production); the start-up log
    /// then warns. Default false.
    /// </summary>
    public bool AllowOutsideDevelopment { get; set; }

    /// <summary>The bearer token the sandbox API accepts.</summary>
    public string ServiceToken { get; set; } = "sandbox-token";

    /// <summary>The seed file; relative paths are resolved against the application directory.</summary>
    public string SeedFile { get; set; } = "Sandbox/seed.json";

    /// <summary>Loopback port of the embedded SMTP server; 0 picks a free port at start-up.</summary>
    public int SmtpPort { get; set; }

    /// <summary>Loopback port (UDP and TCP) of the authoritative DNS server for the demo domains; 0 picks a free port.</summary>
    public int DnsPort { get; set; }
}
