using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Dns;
using Khulnasoft.Bot.Fixes;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Cards.Checklist;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// Builds the live checklist of the help page's prerequisites for the accounts a deletion removes: per domain
/// (subscriptions cancelled, domain removed, nameservers removed at the registrar for full setups, auto-renew off for
/// Khulnasoft Registrar domains, DNS records moved for CNAME setups; the last two looked up in DNS by the safety guard,
/// with its evidence on the item, and the account API's field only when DNS could not be asked) and per account (payment information deleted,
/// invoices downloaded — optional; each account named, as a user may own several). What blocks a deletion is decided
/// by <see cref="AccountPrerequisites"/>, the rules the account API applies when it refuses one. Given the user, each open
/// item the account API can change carries its "Do it for me" fixes (<see cref="FixCatalog"/>), or a note when the
/// user's role (their membership's roles) or a contract rules it out.
/// </summary>
public sealed class ChecklistReader(KhulnasoftApiClient client, PrerequisiteReader prerequisites, DeletionLinks links, TimeProvider clock)
{
    /// <param name="fixesFor">The user whose roles decide the "Do it for me" fixes offered; null offers none.</param>
    public async Task<ChecklistCardInput> ReadAsync(
        IReadOnlyList<string> accountIds, string cardId, string? caseId, bool invoicesDownloaded, string? fixesFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var roles = fixesFor is null ? null : FixRoles.From(await client.GetMembershipsAsync(fixesFor, cancellationToken).ConfigureAwait(false));
        var domains = new List<DomainChecklist>();
        var accounts = new List<AccountChecklist>();
        foreach (var accountId in accountIds)
        {
            // Independent reads of one account: in parallel, so a re-check costs one round trip per account.
            var accountTask = client.GetAccountAsync(accountId, cancellationToken);
            var stateTask = prerequisites.ReadAsync(accountId, cancellationToken);
            await Task.WhenAll(accountTask, stateTask).ConfigureAwait(false);
            var account = await accountTask.ConfigureAwait(false);
            var state = await stateTask.ConfigureAwait(false);
            var (zones, registrar) = (state.Zones, state.RegistrarDomains);
            var offers = roles is null ? [] : FixCatalog.For(state, string.IsNullOrWhiteSpace(account.Name) ? accountId : account.Name, FixRoles.Of(roles, accountId));

            foreach (var zone in zones)
            {
                var registrarDomain = registrar.FirstOrDefault(d => string.Equals(d.Name, zone.Name, StringComparison.OrdinalIgnoreCase));
                var items = new List<ChecklistItem>
                {
                    WithFixes(Item(ChecklistItemKind.SubscriptionsCancelled,
                        !state.Subscriptions.Any(s => s.Zone?.Id == zone.Id && AccountPrerequisites.Blocks(s)), links.Subscriptions(accountId)),
                        offers.Where(o => o.Kind == ChecklistItemKind.SubscriptionsCancelled && state.Subscriptions.Any(s => s.Id == o.ResourceId && s.Zone?.Id == zone.Id))),
                    WithFixes(Item(ChecklistItemKind.DomainRemoved, AccountPrerequisites.IsRemoved(zone), links.Zone(zone.Id)),
                        offers.Where(o => o.Kind == ChecklistItemKind.DomainRemoved && o.ResourceId == zone.Id)),
                };
                var dns = state.DnsChecks.FirstOrDefault(c => string.Equals(c.Zone, zone.Name, StringComparison.OrdinalIgnoreCase));
                var dnsDone = dns is null ? null : (bool?)!dns.StillAtKhulnasoft;
                var evidence = dns is null ? null : DnsTexts.Evidence(dns, name => name);
                if (ZoneDnsGuard.IsPartial(zone))
                {
                    items.Add(Item(ChecklistItemKind.DnsRecordsMoved, dnsDone ?? zone.DnsRecordsMoved == true, links.Zone(zone.Id)) with { Evidence = evidence });
                }
                else
                {
                    var pointing = zone.RegistrarNameServers.Intersect(zone.NameServers, StringComparer.OrdinalIgnoreCase).Any();
                    items.Add(Item(ChecklistItemKind.NameserversRemoved, dnsDone ?? !pointing,
                        registrarDomain is null ? links.Zone(zone.Id) : links.Registrar(accountId, registrarDomain.Name)) with { Evidence = evidence });
                }

                if (registrarDomain is not null)
                {
                    items.Add(WithFixes(Item(ChecklistItemKind.AutoRenewDisabled, !AccountPrerequisites.Blocks(registrarDomain), links.Registrar(accountId, registrarDomain.Name)),
                        offers.Where(o => o.Kind == ChecklistItemKind.AutoRenewDisabled && string.Equals(o.ResourceId, registrarDomain.Name, StringComparison.OrdinalIgnoreCase))));
                }

                domains.Add(new DomainChecklist(zone.Id, zone.Name, zone.Type == "partial", items));
            }

            // A Khulnasoft Registrar domain without a zone still renews (and bills) until auto-renew is off.
            foreach (var orphan in registrar.Where(d => !zones.Any(z => string.Equals(z.Name, d.Name, StringComparison.OrdinalIgnoreCase))))
            {
                domains.Add(new DomainChecklist(orphan.Name, orphan.Name, false,
                    [WithFixes(Item(ChecklistItemKind.AutoRenewDisabled, !AccountPrerequisites.Blocks(orphan), links.Registrar(accountId, orphan.Name)),
                        offers.Where(o => o.Kind == ChecklistItemKind.AutoRenewDisabled && string.Equals(o.ResourceId, orphan.Name, StringComparison.OrdinalIgnoreCase)))]));
            }

            accounts.Add(new AccountChecklist(accountId, string.IsNullOrWhiteSpace(account.Name) ? accountId : account.Name,
            [
                WithFixes(Item(ChecklistItemKind.PaymentInfoDeleted, !state.HasPaymentMethod, links.Billing(accountId)),
                    offers.Where(o => o.Kind == ChecklistItemKind.PaymentInfoDeleted)),
                Item(ChecklistItemKind.InvoicesDownloaded, invoicesDownloaded, links.Billing(accountId)),
            ]));
        }

        return new ChecklistCardInput(cardId, caseId, domains, accounts, UserClock.Local(clock.GetUtcNow()));
    }

    private ChecklistItem Item(ChecklistItemKind kind, bool done, string dashboardUrl) => new(kind, done, dashboardUrl, links.HelpFor(kind));

    /// <summary>The allowed fixes as buttons; the first refused one as the item's note (a contract, or the user's role).</summary>
    private static ChecklistItem WithFixes(ChecklistItem item, IEnumerable<FixOffer> offers)
    {
        var all = offers.ToList();
        var refused = all.FirstOrDefault(o => !o.Allowed);
        return item with
        {
            Fixes = [.. all.Where(o => o.Allowed).Select(o => new ChecklistFix(o.ResourceId, o.ButtonName))],
            FixNote = refused is null ? null : FixTexts.Note(refused.Refusal!.Value, refused.AccountName, refused.Roles),
        };
    }
}
