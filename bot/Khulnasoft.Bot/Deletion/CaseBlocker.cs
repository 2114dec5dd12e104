using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Dns;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// One thing that pauses a case's deletion, stored on the case as data, never as a sentence: <see cref="BlockerTexts"/>
/// says it in the reader's language when it is shown (the user's notice and status card, the resume, the console).
/// </summary>
/// <param name="Code">The account API's prerequisite code (<see cref="UnmetCodes"/>): stable and language-neutral.</param>
/// <param name="AccountId">The account it belongs to.</param>
/// <param name="Domain">The zone or registrar domain it concerns; null for the account's payment method.</param>
/// <param name="ResourceId">The API's id of what blocks (subscription id, zone id, domain name); null when there is none.</param>
/// <param name="Name">A subscription's plan name as the API spells it (a product name, the same in every language).</param>
/// <param name="Dns">The DNS safety guard's evidence behind a nameserver or DNS-record blocker, when the bot looked it up.</param>
/// <param name="Message">The account API's own (English) text, kept from its refusal; shown only for a code this bot does not know.</param>
public sealed record CaseBlocker(
    string Code,
    string AccountId,
    string? Domain = null,
    string? ResourceId = null,
    string? Name = null,
    ZoneDnsCheck? Dns = null,
    string? Message = null)
{
    /// <summary>What the account API's refusal (409 <c>prerequisites_unmet</c>) listed.</summary>
    public static CaseBlocker From(UnmetPrerequisite unmet)
    {
        ArgumentNullException.ThrowIfNull(unmet);
        return new CaseBlocker(unmet.Code, unmet.AccountId, unmet.Domain, unmet.ResourceId, Message: unmet.Message);
    }

    /// <summary>The codes of <paramref name="blockers"/>, for the audit entry (language-neutral, in order, each once).</summary>
    public static string Codes(IEnumerable<CaseBlocker> blockers) => string.Join(',', blockers.Select(b => b.Code).Distinct(StringComparer.Ordinal));
}
