namespace Khulnasoft.Sandbox;

/// <summary>
/// The one decision whether the sandbox runs: <c>Sandbox:Enabled</c> (default: on in Development only). Outside
/// Development it also needs <c>Sandbox:AllowOutsideDevelopment=true</c>, and in Production it never runs: the
/// sandbox serves demo data and lets anyone sign in to Web Chat as a demo user.
/// </summary>
public static class SandboxMode
{
    /// <exception cref="InvalidOperationException">The sandbox is switched on where it must not run.</exception>
    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(SandboxOptions.SectionName);
        if (!section.GetValue(nameof(SandboxOptions.Enabled), environment.IsDevelopment()))
        {
            return false;
        }

        if (environment.IsDevelopment())
        {
            return true;
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Sandbox:Enabled is true in Production. The sandbox serves demo data and must never run in Production.");
        }

        if (!section.GetValue<bool>(nameof(SandboxOptions.AllowOutsideDevelopment)))
        {
            throw new InvalidOperationException(
                $"Sandbox:Enabled is true in the {environment.EnvironmentName} environment. The sandbox serves demo data and " +
                "mints Web Chat tokens bound to demo users, so it runs only in Development. Set Sandbox:Enabled=false, or " +
                "Sandbox:AllowOutsideDevelopment=true to run it here on purpose.");
        }

        return true;
    }

    /// <summary><see cref="IsEnabled(IConfiguration, IHostEnvironment)"/> for a host builder.</summary>
    public static bool IsSandboxEnabled(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return IsEnabled(builder.Configuration, builder.Environment);
    }
}
