using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Fixes;

/// <summary>
/// Records every fix on the changed account's own audit chain (<see cref="AccountAuditLog"/>): the consent shown, the
/// change made (with its idempotency key), a failure (with the API's error code), a refusal (with its reason) and a
/// consent the user declined. A refusal for a resource outside the user's accounts goes on each account the user is
/// deleting. Details are ids, codes and roles; never names, emails or message text.
/// </summary>
public sealed class FixAudit(AccountAuditLog log)
{
    public const string ConsentShown = "fix.consent_shown";
    public const string Applied = "fix.applied";
    public const string Failed = "fix.failed";
    public const string Refused = "fix.refused";
    public const string Kept = "fix.kept";

    public Task RecordAsync(string accountId, string userId, string action, string item, string resourceId, IReadOnlyDictionary<string, string>? extra, CancellationToken cancellationToken)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["item"] = item, ["resource_id"] = resourceId, ["user_id"] = userId };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            details[key] = value;
        }

        return log.AppendAsync(accountId, DeletionActors.User(userId), action, details, cancellationToken);
    }

    /// <summary>A refusal recorded on every account of <paramref name="accountIds"/> (the click named none of them).</summary>
    public async Task RecordRefusalAsync(IReadOnlyList<string> accountIds, string userId, string item, string resourceId, FixRefusal reason, CancellationToken cancellationToken)
    {
        foreach (var accountId in accountIds)
        {
            await RecordAsync(accountId, userId, Refused, item, resourceId, Reason(reason), cancellationToken).ConfigureAwait(false);
        }
    }

    public static IReadOnlyDictionary<string, string> Reason(FixRefusal reason) => new Dictionary<string, string>
    {
        ["reason"] = reason switch
        {
            FixRefusal.GuidanceOnly => "guidance_only",
            FixRefusal.Contract => "contract_subscription",
            FixRefusal.Role => "role",
            _ => "not_in_scope",
        },
    };
}
