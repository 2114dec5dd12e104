using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Handoff;

/// <summary>Checks <see cref="HandoffTeamsOptions"/> at start-up.</summary>
internal sealed class HandoffTeamsOptionsValidator : IValidateOptions<HandoffTeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, HandoffTeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Teams:ServiceUrl must be an absolute http(s) URL, e.g. https://smba.trafficmanager.net/teams/.");
    }
}
