namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>
/// Who may open <c>/hangfire</c> and the operator endpoints outside Development (section <c>Jobs:Dashboard</c>):
/// basic-auth credentials, or an authenticated user in a role. With neither configured, only Development's
/// loopback requests get in.
/// </summary>
public sealed class JobsDashboardOptions
{
    public string? Username { get; set; }

    /// <summary>At least 16 characters; keep it in a secret store, not in appsettings.</summary>
    public string? Password { get; set; }

    public string? Role { get; set; }
}
