using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>DataAnnotations checks of <see cref="JobsOptions"/> (generated).</summary>
[OptionsValidator]
public sealed partial class JobsOptionsValidator : IValidateOptions<JobsOptions>;
