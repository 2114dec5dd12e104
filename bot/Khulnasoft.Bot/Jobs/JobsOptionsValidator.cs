using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Jobs;

/// <summary>DataAnnotations checks of <see cref="JobsOptions"/> (generated).</summary>
[OptionsValidator]
public sealed partial class JobsOptionsValidator : IValidateOptions<JobsOptions>;
