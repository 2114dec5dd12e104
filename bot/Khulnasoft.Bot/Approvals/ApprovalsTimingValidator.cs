using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Approvals;

/// <summary>The rule that spans properties: a reminder after the request has expired would never be sent.</summary>
public sealed class ApprovalsTimingValidator : IValidateOptions<ApprovalsOptions>
{
    public ValidateOptionsResult Validate(string? name, ApprovalsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ReminderAfter < options.ExpireAfter
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Approvals:ReminderAfter ({options.ReminderAfter}) must be shorter than Approvals:ExpireAfter ({options.ExpireAfter}).");
    }
}
