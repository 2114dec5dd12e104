using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Approvals;

/// <summary>DataAnnotations checks of <see cref="ApprovalsOptions"/> (generated).</summary>
[OptionsValidator]
public sealed partial class ApprovalsOptionsValidator : IValidateOptions<ApprovalsOptions>;
