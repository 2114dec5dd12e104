using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Khulnasoft.Bot.Handoff;

/// <summary>Checks <see cref="SupportOptions"/> at start-up: every agent reachable in Teams (tenant and object id), no duplicates.</summary>
internal sealed class SupportOptionsValidator : IValidateOptions<SupportOptions>
{
    private static readonly TimeSpan MaxAcceptTimeout = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, SupportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.AcceptTimeout < TimeSpan.FromSeconds(1) || options.AcceptTimeout > MaxAcceptTimeout)
        {
            failures.Add("Support:AcceptTimeout must be between 00:00:01 and 1.00:00:00.");
        }

        if (!MailboxAddress.TryParse(options.FollowUpAddress, out _))
        {
            failures.Add("Support:FollowUpAddress must be a mail address.");
        }

        if (Localization.SupportedCultures.Match(options.AgentCulture) is null)
        {
            failures.Add("Support:AgentCulture must be a language the bot speaks: " + string.Join(", ", Localization.SupportedCultures.All.Select(c => c.Name)) + ".");
        }

        if (string.IsNullOrWhiteSpace(options.CsmTitle))
        {
            failures.Add("Support:CsmTitle must not be empty.");
        }

        if (options.TranscriptLength is < 1 or > 200)
        {
            failures.Add("Support:TranscriptLength must be between 1 and 200.");
        }

        if (options.TranscriptRetention < TimeSpan.FromMinutes(1) || options.TranscriptRetention > TimeSpan.FromDays(30))
        {
            failures.Add("Support:TranscriptRetention must be between 00:01:00 and 30.00:00:00.");
        }

        if (options.ExternalHub.AccountId.Length == 0 && options.ExternalHub.ChannelId.Length > 0)
        {
            failures.Add("Support:ExternalHub:ChannelId is set but Support:ExternalHub:AccountId is not: set the hub's account id too.");
        }

        if (options.ExternalHub.AccountId.Length > 0 && string.IsNullOrWhiteSpace(options.ExternalHub.AccountId))
        {
            failures.Add("Support:ExternalHub:AccountId must not be blank.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Agents.Count; i++)
        {
            var agent = options.Agents[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"Support:Agents:{i}");
            if (string.IsNullOrWhiteSpace(agent.Name))
            {
                failures.Add(at + ":Name is required.");
            }

            if (!Guid.TryParse(agent.TenantId, out _))
            {
                failures.Add(at + ":TenantId must be the agent's Entra tenant id (a GUID).");
            }

            if (!Guid.TryParse(agent.AadObjectId, out _))
            {
                failures.Add(at + ":AadObjectId must be the agent's Entra object id (a GUID).");
            }
            else if (!seen.Add(agent.AadObjectId))
            {
                failures.Add(at + ":AadObjectId is listed twice.");
            }

            if (string.IsNullOrWhiteSpace(agent.Title))
            {
                failures.Add(at + ":Title must not be empty.");
            }

            if (!string.IsNullOrEmpty(agent.Email) && !MailboxAddress.TryParse(agent.Email, out _))
            {
                failures.Add(at + ":Email must be a mail address.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
