using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Cards.Checklist;

namespace Khulnasoft.Bot.Fixes;

/// <summary>
/// Checks a click against the live account API: the item must be a fixable kind, the resource one of the open items of
/// the accounts the user is deleting, and the user's role on that account (their membership's roles) must allow it.
/// Nothing from the click is trusted beyond naming what to look up.
/// </summary>
public sealed class FixResolver(KhulnasoftApiClient client, PrerequisiteReader prerequisites)
{
    public async Task<FixResolution> ResolveAsync(FixRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (item, resourceId) = (request.Item ?? string.Empty, request.ResourceId ?? string.Empty);
        if (!Enum.TryParse<ChecklistItemKind>(item, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || resourceId.Length == 0)
        {
            return new FixResolution(item, resourceId, null, false, FixRefusal.NotInScope);
        }

        if (kind is ChecklistItemKind.NameserversRemoved or ChecklistItemKind.DnsRecordsMoved)
        {
            return new FixResolution(item, resourceId, null, false, FixRefusal.GuidanceOnly);
        }

        var roles = FixRoles.From(await client.GetMembershipsAsync(request.UserId, cancellationToken).ConfigureAwait(false));
        foreach (var accountId in request.AccountIds)
        {
            var state = await prerequisites.ReadAsync(accountId, cancellationToken).ConfigureAwait(false);
            var account = await client.GetAccountAsync(accountId, cancellationToken).ConfigureAwait(false);
            var offers = FixCatalog.For(state, account.Name, FixRoles.Of(roles, accountId));
            if (offers.FirstOrDefault(o => o.Kind == kind && string.Equals(o.ResourceId, resourceId, StringComparison.OrdinalIgnoreCase)) is { } offer)
            {
                return new FixResolution(item, resourceId, offer, false, offer.Refusal);
            }

            if (FixCatalog.IsDone(state, kind, resourceId))
            {
                return new FixResolution(item, resourceId, null, true, null);
            }
        }

        return new FixResolution(item, resourceId, null, false, FixRefusal.NotInScope);
    }
}
