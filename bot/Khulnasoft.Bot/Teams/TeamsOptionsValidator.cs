using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Teams;

/// <summary>Checks <see cref="TeamsOptions"/> at start-up.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Teams:ServiceUrl must be an absolute http(s) URL, e.g. https://smba.trafficmanager.net/teams/.");
        }

        if (string.IsNullOrWhiteSpace(options.BotName))
        {
            failures.Add("Teams:BotName must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
