using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>
/// The SDK's app-type rules (protocol doc §3.4), plus ours: anonymous mode is refused in Production, because a bot
/// without an app id accepts forged activities.
/// </summary>
public sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.IsAuthenticationDisabled)
        {
            if (environment.IsProduction())
            {
                failures.Add("MicrosoftAppId is required in the Production environment: without it the bot would accept unauthenticated (forged) activities.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppType)
            && !string.Equals(options.MicrosoftAppType, options.AppType, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
        }

        switch (options.AppType)
        {
            case BotAppTypes.MultiTenant:
                RequirePassword(options, failures);
                break;
            case BotAppTypes.SingleTenant:
                RequirePassword(options, failures);
                RequireTenant(options, failures);
                break;
            case BotAppTypes.UserAssignedMsi:
                RequireTenant(options, failures);
                if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
                {
                    failures.Add("MicrosoftAppPassword must be empty for UserAssignedMSI (the managed identity has no secret).");
                }

                break;
        }

        RequireAbsoluteUrl(options.ToBotFromChannelOpenIdMetadataUrl, nameof(options.ToBotFromChannelOpenIdMetadataUrl), failures);
        RequireAbsoluteUrl(options.ToBotFromEmulatorOpenIdMetadataUrl, nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), failures);
        RequireAbsoluteUrl(options.ToChannelFromBotLoginUrl, nameof(options.ToChannelFromBotLoginUrl), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePassword(BotAuthenticationOptions options, List<string> failures)
    {
        if (string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required for {options.AppType}.");
        }
    }

    private static void RequireTenant(BotAuthenticationOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required for {options.AppType}.");
        }
    }

    private static void RequireAbsoluteUrl(string? value, string key, List<string> failures)
    {
        if (!string.IsNullOrWhiteSpace(value) && !Uri.TryCreate(value, UriKind.Absolute, out _))
        {
            failures.Add($"{key} must be an absolute URL.");
        }
    }
}
