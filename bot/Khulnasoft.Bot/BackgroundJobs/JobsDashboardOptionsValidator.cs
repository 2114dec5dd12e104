using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>Credentials come as a pair, and the password is not trivially short.</summary>
public sealed class JobsDashboardOptionsValidator : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dashboard = options.Dashboard;
        if (string.IsNullOrEmpty(dashboard.Username) != string.IsNullOrEmpty(dashboard.Password))
        {
            return ValidateOptionsResult.Fail("Jobs:Dashboard:Username and Jobs:Dashboard:Password must be set together.");
        }

        if (dashboard.Password is { Length: > 0 and < 16 })
        {
            return ValidateOptionsResult.Fail("Jobs:Dashboard:Password must have at least 16 characters.");
        }

        return ValidateOptionsResult.Success;
    }
}
