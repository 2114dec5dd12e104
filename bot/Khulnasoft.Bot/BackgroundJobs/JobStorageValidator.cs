using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>In Production, job storage must be durable: in-memory storage would lose every scheduled deletion on restart.</summary>
public sealed class JobStorageValidator(bool isProduction, bool redisConfigured) : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options) =>
        isProduction && !redisConfigured
            ? ValidateOptionsResult.Fail($"In-memory job storage is refused in Production: scheduled deletions would be lost on restart. Set {JobsRegistration.RedisConnectionKey}.")
            : ValidateOptionsResult.Success;
}
