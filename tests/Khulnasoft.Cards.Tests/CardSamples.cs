using System.Text.Json.Nodes;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Approval;
using Khulnasoft.Cards.Checklist;
using Khulnasoft.Cards.Confirmation;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.Cards.Help;
using Khulnasoft.Cards.Identity;
using Khulnasoft.Cards.Invoices;
using Khulnasoft.Cards.Scope;
using Khulnasoft.Cards.Status;
using Khulnasoft.Cards.Welcome;

namespace Khulnasoft.Cards.Tests;

/// <summary>Realistic inputs: ada (two domains, one a CNAME setup, everything to do), ben (nothing to do),
/// a user with many domains, sam (SSO, approval), cora (contract, handoff).</summary>
internal static class CardSamples
{
    public const string Dash = "https://dash.khulnasoft.com";
    public const string Docs = "https://developers.khulnasoft.com";
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

    public static ChecklistItem Item(ChecklistItemKind kind, bool done, string account, string? zone = null)
    {
        var (page, help) = kind switch
        {
            ChecklistItemKind.SubscriptionsCancelled => ($"/{account}/{zone}/subscriptions", "/fundamentals/account-and-billing/account-billing/cancel-subscription/"),
            ChecklistItemKind.DomainRemoved => ($"/{account}/{zone}/settings", "/fundamentals/setup/manage-domains/remove-domain/"),
            ChecklistItemKind.NameserversRemoved => ($"/{account}/{zone}/dns/records", "/dns/zone-setups/full-setup/setup/"),
            ChecklistItemKind.AutoRenewDisabled => ($"/{account}/domains/{zone}/configuration", "/registrar/account-options/renew-domains#set-up-automatic-renewals"),
            ChecklistItemKind.DnsRecordsMoved => ($"/{account}/{zone}/dns/records", "/dns/zone-setups/partial-setup/"),
            ChecklistItemKind.PaymentInfoDeleted => ($"/{account}/billing/payment-info", "/fundamentals/account-and-billing/account-billing/updating-billing-info/#delete-your-current-payment-method"),
            _ => ($"/{account}/billing/invoices", "/fundamentals/account-and-billing/account-billing/understand-invoices/#download-invoice"),
        };
        return new ChecklistItem(kind, done, Dash + page, Docs + help);
    }

    public static DomainChecklist Domain(string account, string zoneId, string name, bool partial, params bool[] done)
    {
        ChecklistItemKind[] kinds = partial
            ? [ChecklistItemKind.SubscriptionsCancelled, ChecklistItemKind.DomainRemoved, ChecklistItemKind.NameserversRemoved, ChecklistItemKind.AutoRenewDisabled, ChecklistItemKind.DnsRecordsMoved]
            : [ChecklistItemKind.SubscriptionsCancelled, ChecklistItemKind.DomainRemoved, ChecklistItemKind.NameserversRemoved, ChecklistItemKind.AutoRenewDisabled];
        return new DomainChecklist(zoneId, name, partial, kinds.Select((k, i) => Item(k, i < done.Length && done[i], account, zoneId)).ToList());
    }

    /// <summary>ada: ada.example (full, 2 of 4 done) and shop.ada.example (CNAME, 1 of 5 done), payment pending:
    /// 3 of 10 required steps done.</summary>
    public static ChecklistCardInput AdaChecklist() => new(
        "card-ada-1",
        "case-ada",
        [
            Domain("acc_ada", "zone_ada", "ada.example", false, true, true, false, false),
            Domain("acc_ada", "zone_shop", "shop.ada.example", true, true, false, false, false, false),
        ],
        [new AccountChecklist("acc_ada", "Ada's Workshop", [Item(ChecklistItemKind.PaymentInfoDeleted, false, "acc_ada"), Item(ChecklistItemKind.InvoicesDownloaded, false, "acc_ada")])],
        Now);

    /// <summary><see cref="AdaChecklist"/> with the DNS guard's evidence on the nameserver and DNS-records items.</summary>
    public static ChecklistCardInput AdaDnsChecklist()
    {
        var ada = AdaChecklist();
        DomainChecklist WithEvidence(DomainChecklist domain, string evidence) => domain with
        {
            Items = [.. domain.Items.Select(i => i.Kind is ChecklistItemKind.NameserversRemoved or ChecklistItemKind.DnsRecordsMoved ? i with { Evidence = evidence } : i)],
        };
        return ada with
        {
            Domains =
            [
                WithEvidence(ada.Domains[0], "ada.example is still delegated to kai.ns.khulnasoft.com, lola.ns.khulnasoft.com (checked in DNS at 17:55 UTC). Once the zone is removed from Khulnasoft, ada.example stops resolving until you change its nameservers at your registrar."),
                WithEvidence(ada.Domains[1], "The DNS check could not be made (the DNS server did not answer in time). The account API reports this as not done yet, but it stays open until DNS confirms it: press Re-check in a moment."),
            ],
        };
    }

    /// <summary><see cref="AdaChecklist"/> with "Do it for me": two subscriptions of ada.example (open here), the domain of shop.ada.example, the
    /// payment method, and a role note on the auto-renew item (the nameserver and DNS items get guidance only).</summary>
    public static ChecklistCardInput AdaFixChecklist()
    {
        var ada = AdaChecklist();
        ChecklistItem WithFixes(ChecklistItem item) => item.Kind switch
        {
            ChecklistItemKind.SubscriptionsCancelled when item.DashboardUrl.Contains("zone_ada/", StringComparison.Ordinal) =>
                item with { Done = false, Fixes = [new ChecklistFix("sub_pro", "Pro Plan"), new ChecklistFix("sub_argo", "Argo Smart Routing")] },
            ChecklistItemKind.DomainRemoved when !item.Done => item with { Fixes = [new ChecklistFix("zone_shop")] },
            ChecklistItemKind.AutoRenewDisabled when !item.Done => item with { FixNote = "Your role on Ada's Workshop (Billing) can't change this: ask a Super Administrator." },
            ChecklistItemKind.PaymentInfoDeleted when !item.Done => item with { Fixes = [new ChecklistFix("acc_ada")] },
            _ => item,
        };
        return ada with
        {
            Domains = [.. ada.Domains.Select(d => d with { Items = [.. d.Items.Select(WithFixes)] })],
            Accounts = [.. ada.Accounts.Select(a => a with { Items = [.. a.Items.Select(WithFixes)] })],
        };
    }

    public static ChecklistCardInput BenChecklist() =>
        new("card-ben-1", null, [], [new AccountChecklist("acc_ben", "Ben Baker's Account", [Item(ChecklistItemKind.PaymentInfoDeleted, true, "acc_ben")])], Now);

    /// <summary>A user who is primary owner of two accounts: both still have a payment method on file, one has a domain.</summary>
    public static ChecklistCardInput TwoAccountsChecklist() => new(
        "card-two-1",
        null,
        [Domain("acc_main", "zone_main", "main.example", false, true, true, true, true)],
        [
            new AccountChecklist("acc_main", "Main Street Bakery", [Item(ChecklistItemKind.PaymentInfoDeleted, false, "acc_main"), Item(ChecklistItemKind.InvoicesDownloaded, false, "acc_main")]),
            new AccountChecklist("acc_side", "Side [Project]", [Item(ChecklistItemKind.PaymentInfoDeleted, false, "acc_side"), Item(ChecklistItemKind.InvoicesDownloaded, true, "acc_side")]),
        ],
        Now);

    public static ChecklistCardInput ManyDomainsChecklist() => new(
        "card-many-1",
        "case-many",
        Enumerable.Range(1, 60).Select(i => Domain("acc_many", "zone_" + i, "site" + i + ".example", i % 3 == 0, i % 2 == 0, i % 2 == 0, i % 2 == 0, i % 2 == 0, i % 2 == 0)).ToList(),
        [new AccountChecklist("acc_many", "Many Sites Inc", [Item(ChecklistItemKind.PaymentInfoDeleted, true, "acc_many"), Item(ChecklistItemKind.InvoicesDownloaded, true, "acc_many")])],
        Now);

    public static DeletionScope AdaScope() => new(
        "ada@example.com",
        [new OwnedAccount("acc_ada", "Ada's Workshop", ["lin@example.com", "max_dev@example.com"])],
        ["ada.example", "shop.ada.example"],
        ["Pro plan (ada.example)", "Load Balancing add-on"]);

    public static DeletionScope BenScope() => new("ben@example.com", [], [], []);

    public static DeletionScope ManyScope() => new(
        "many@example.com",
        Enumerable.Range(1, 30).Select(i => new OwnedAccount("acc_" + i, "Account " + i, Enumerable.Range(1, 40).Select(m => $"member{m}@a{i}.example").ToList())).ToList(),
        Enumerable.Range(1, 60).Select(i => "site" + i + ".example").ToList(),
        Enumerable.Range(1, 25).Select(i => "Pro plan " + i).ToList());

    public static ApprovalCardInput SamApproval(ApprovalDecision? decision = null) => new(
        "req_42",
        "case-sam",
        "Sam Sso",
        "sam@sso.example",
        "SSO Corp",
        new DeletionScope("sam@sso.example", [new OwnedAccount("acc_sam", "Sam's sandbox", [])], ["sam.sso.example"], []),
        Now,
        ["29:1grace-mri", "29:1gus-mri"],
        ["Grace", "Gus"],
        decision);

    public static IReadOnlyList<InvoiceSummary> Invoices(int count) => Enumerable.Range(1, count)
        .Select(i => new InvoiceSummary("inv_" + i, "IN-2026-" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 1, 1).AddDays(i * 7), 20m + i, "usd", i % 5 == 0 ? "Unpaid" : "Paid"))
        .ToList();

    /// <summary>Every builder with realistic data, for one host.</summary>
    public static IEnumerable<(string Name, JsonObject Card)> All(CardHost host)
    {
        var h = host.ToString();
        yield return ($"{h}/welcome", WelcomeCard.Build(new WelcomeCardInput("Ada"), host));
        yield return ($"{h}/welcome-anonymous", WelcomeCard.Build(new WelcomeCardInput(), host));
        yield return ($"{h}/identity", IdentityCard.Build(new IdentityCardInput("ada@example.com", "card-id-1"), host));
        yield return ($"{h}/identity-case", IdentityCard.Build(new IdentityCardInput("ada@example.com", "card-id-2", AboutDeletion: false), host));
        yield return ($"{h}/blast-radius-ada", BlastRadiusCard.Build(new BlastRadiusCardInput(AdaScope(), "card-br-1"), host));
        yield return ($"{h}/blast-radius-ben", BlastRadiusCard.Build(new BlastRadiusCardInput(BenScope(), "card-br-2"), host));
        yield return ($"{h}/blast-radius-many", BlastRadiusCard.Build(new BlastRadiusCardInput(ManyScope(), "card-br-3"), host));
        yield return ($"{h}/checklist-ada", ChecklistCard.Build(AdaChecklist(), host));
        yield return ($"{h}/checklist-ada-dns", ChecklistCard.Build(AdaDnsChecklist(), host));
        yield return ($"{h}/checklist-ada-fixes", ChecklistCard.Build(AdaFixChecklist(), host));
        yield return ($"{h}/fix-consent", Fixes.FixConsentCard.Build(new Fixes.FixConsentCardInput("card-ada-1", "SubscriptionsCancelled", "sub_argo",
            "Cancels Argo Smart Routing on ada.example at the end of the billing period: 5.00 USD monthly is no longer charged after that, and nothing already paid is refunded."), host));
        yield return ($"{h}/checklist-ben", ChecklistCard.Build(BenChecklist(), host));
        yield return ($"{h}/checklist-many", ChecklistCard.Build(ManyDomainsChecklist(), host));
        yield return ($"{h}/checklist-two-accounts", ChecklistCard.Build(TwoAccountsChecklist(), host));
        yield return ($"{h}/invoices-ada", InvoicesCard.Build(new InvoicesCardInput("card-inv-1", "case-ada", Invoices(7)), host));
        yield return ($"{h}/invoices-none", InvoicesCard.Build(new InvoicesCardInput("card-inv-2", null, []), host));
        yield return ($"{h}/invoices-many", InvoicesCard.Build(new InvoicesCardInput("card-inv-3", null, Invoices(80)), host));
        yield return ($"{h}/confirmation-code", ConfirmationCard.Build(new ConfirmationCardInput("card-conf-1", "case-ada", AdaScope(), Now.AddDays(14), Now.AddDays(365), StepUpMethod.OneTimeCode), host));
        yield return ($"{h}/confirmation-approved", ConfirmationCard.Build(new ConfirmationCardInput("card-conf-2", "case-sam", AdaScope(), Now.AddDays(14), Now.AddDays(365), StepUpMethod.OneTimeCode, "Grace"), host));
        yield return ($"{h}/confirmation-many", ConfirmationCard.Build(new ConfirmationCardInput("card-conf-3", "case-many", ManyScope(), Now.AddDays(14), Now.AddDays(365), StepUpMethod.OneTimeCode), host));
        yield return ($"{h}/status-scheduled", StatusCard.Build(new StatusCardInput("case-ada", "Scheduled", Now.AddDays(14), true, [new(Now, "Deletion scheduled"), new(Now.AddMinutes(-5), "Confirmed with a one-time code"), new(Now.AddMinutes(-30), "Checklist complete")]), host));
        yield return ($"{h}/status-blocked-extended", StatusCard.Build(new StatusCardInput("case-ada", "Paused", null, true, [new(Now, "Paused")],
            new ResponseDeadline(Now.AddDays(-20), Now.AddMonths(2), "Several accounts to verify [legal]"), ["ada.dev: Auto-renew turned off", "Ada Labs: Payment information deleted"]), host));
        yield return ($"{h}/resume", ResumeCard.Build(new ResumeCardInput("case-ada"), host));
        yield return ($"{h}/status-done", StatusCard.Build(new StatusCardInput("case-old", "Deleted", null, false, []), host));
        yield return ($"{h}/scheduled", ScheduledCard.Build(new ScheduledCardInput("case-ada", Now.AddDays(14), Now.AddDays(365)), host));
        yield return ($"{h}/approval-pending", ApprovalCard.Build(SamApproval(), host));
        yield return ($"{h}/approval-approver", ApprovalCard.BuildApproverView(SamApproval(), host));
        yield return ($"{h}/approval-approved", ApprovalCard.Build(SamApproval(new ApprovalDecision(ApprovalOutcome.Approved, "Grace", Now)), host));
        yield return ($"{h}/approval-rejected", ApprovalCard.Build(SamApproval(new ApprovalDecision(ApprovalOutcome.Rejected, "Grace", Now, "Keep the account until the audit ends")), host));
        yield return ($"{h}/approval-expired", ApprovalCard.Build(SamApproval(new ApprovalDecision(ApprovalOutcome.Expired, null, Now)), host));
        yield return ($"{h}/handoff-request", HandoffRequestCard.Build(new HandoffRequestCardInput("ho_1", "case-cora", "Cora", "Contract Co", HandoffReason.ContractAccount, Now), host));
        yield return ($"{h}/handoff-accepted", HandoffRequestCard.Build(new HandoffRequestCardInput("ho_1", "case-cora", "Cora", "Contract Co", HandoffReason.ContractAccount, Now, new HandoffAcceptance("Mike", Now)), host));
        yield return ($"{h}/handoff-context", AgentContextCard.Build(AgentContext(), host));
        yield return ($"{h}/handoff-context-empty", AgentContextCard.Build(AgentContext() with { Transcript = [], TransferTargets = [], ChecklistPending = [], CaseId = null }, host));
        yield return ($"{h}/help", HelpCard.Build(new HelpCardInput(true, Docs + "/fundamentals/account/delete-account/"), host));
        yield return ($"{h}/help-no-human", HelpCard.Build(new HelpCardInput(false), host));
    }

    public static AgentContextCardInput AgentContext() => new(
        "ho_1",
        "case-cora",
        "Cora",
        "contract (CSM)",
        2,
        9,
        ["cora.example: domain removed", "Payment information deleted"],
        Enumerable.Range(1, 20).Select(i => new TranscriptLine(Now.AddMinutes(i), i % 2 == 0 ? "Bot" : "Cora", "Message " + i + " with *stars* and [brackets]")).ToList(),
        [new AgentChoice("agent-sue", "Sue (Support)"), new AgentChoice("agent-raj", "Raj (Billing)")]);
}
