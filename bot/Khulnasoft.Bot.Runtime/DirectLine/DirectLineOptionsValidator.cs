using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Checks the Direct Line settings at start-up, so a bad secret stops the host instead of the first chat.</summary>
public sealed class DirectLineOptionsValidator(IHostEnvironment environment) : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Secret))
        {
            failures.Add("DirectLine:Secret is required (at least 32 characters).");
        }
        else if (options.Secret.Length < 32)
        {
            failures.Add("DirectLine:Secret must be at least 32 characters.");
        }
        else if (!environment.IsDevelopment() && string.Equals(options.Secret, DirectLineOptions.DevelopmentSecret, StringComparison.Ordinal))
        {
            failures.Add("DirectLine:Secret is the documented development secret; set a real one outside Development.");
        }

        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromDays(1))
        {
            failures.Add("DirectLine:TokenLifetime must be between 00:01:00 and 1.00:00:00.");
        }

        if (options.StreamUrlLifetime < TimeSpan.FromSeconds(10) || options.StreamUrlLifetime > TimeSpan.FromHours(1))
        {
            failures.Add("DirectLine:StreamUrlLifetime must be between 00:00:10 and 01:00:00.");
        }

        if (options.RetentionTtl < TimeSpan.FromMinutes(5) || options.RetentionTtl > TimeSpan.FromDays(30))
        {
            failures.Add("DirectLine:RetentionTtl must be between 00:05:00 and 30.00:00:00.");
        }

        if (options.KeepAliveInterval < TimeSpan.FromSeconds(1) || options.KeepAliveInterval > TimeSpan.FromMinutes(2))
        {
            failures.Add("DirectLine:KeepAliveInterval must be between 00:00:01 and 00:02:00.");
        }

        if (options.MaxActivityBytes < 1024)
        {
            failures.Add("DirectLine:MaxActivityBytes must be at least 1024.");
        }

        if (options.MaxUploadBytes < 1024)
        {
            failures.Add("DirectLine:MaxUploadBytes must be at least 1024.");
        }

        if (options.MaxConversationUploadBytes < 1024)
        {
            failures.Add("DirectLine:MaxConversationUploadBytes must be at least 1024.");
        }

        if (options.MaxConversationUploadFiles < 1)
        {
            failures.Add("DirectLine:MaxConversationUploadFiles must be at least 1.");
        }

        if (options.UploadRequestsPerMinute is < 1 or > 100_000)
        {
            failures.Add("DirectLine:UploadRequestsPerMinute must be between 1 and 100000.");
        }

        if (options.TokenRequestsPerMinute is < 1 or > 100_000)
        {
            failures.Add("DirectLine:TokenRequestsPerMinute must be between 1 and 100000.");
        }

        if (!Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !options.ServiceUrl.EndsWith('/')
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("DirectLine:ServiceUrl must be an absolute http(s) URL ending in '/'.");
        }

        if (options.ChannelId is not ("directline" or "webchat"))
        {
            failures.Add("DirectLine:ChannelId must be 'directline' or 'webchat'.");
        }

        if (string.IsNullOrWhiteSpace(options.BotId))
        {
            failures.Add("DirectLine:BotId is required.");
        }

        if (options.PublicBaseUrl.Length > 0 && !Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _))
        {
            failures.Add("DirectLine:PublicBaseUrl must be an absolute URL or empty.");
        }

        if (string.IsNullOrWhiteSpace(options.RedisKeyPrefix))
        {
            failures.Add("DirectLine:RedisKeyPrefix is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
