using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Dns;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// What pauses a case, said in the current UI culture (<c>BlockerTexts.resx</c> and its siblings; the DNS evidence
/// from <see cref="DnsTexts"/>): rendered when it is shown, from the <see cref="CaseBlocker"/>s stored on the case, so
/// the same case reads in German for a German user and in English for an English operator. Names (domains) go
/// through <c>name</c>: chat code spans (<c>ChatText.Code</c>) in chat and cards, as they are on a web page.
/// </summary>
public static class BlockerTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(BlockerTexts));

    /// <summary>
    /// What pauses <paramref name="deletionCase"/>, one line each; a case stored before blockers were codes keeps the
    /// English sentences it was stored with (shown as they are).
    /// </summary>
    public static IReadOnlyList<string> Of(DeletionCase deletionCase, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        return deletionCase.Blockers.Count > 0 ? Describe(deletionCase.Blockers, name) : deletionCase.LegacyUnmetPrerequisites;
    }

    public static IReadOnlyList<string> Describe(IEnumerable<CaseBlocker> blockers, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(blockers);
        return [.. blockers.Select(b => Describe(b, name))];
    }

    /// <summary>"Turn off auto-renew for `ada.dev`", "Deaktivieren Sie die automatische Verlängerung für `ada.dev`".</summary>
    public static string Describe(CaseBlocker blocker, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(blocker);
        ArgumentNullException.ThrowIfNull(name);
        var domain = blocker.Domain is null ? null : name(blocker.Domain);
        return blocker.Code switch
        {
            _ when blocker.Dns is { } check => DnsTexts.Unmet(check, name),
            UnmetCodes.ActiveSubscription when domain is null => L["Subscription", blocker.Name ?? blocker.ResourceId ?? ""],
            UnmetCodes.ActiveSubscription => L["SubscriptionOn", blocker.Name ?? blocker.ResourceId ?? "", domain],
            UnmetCodes.ContractAccount => L["Contract", name(blocker.AccountId)],
            UnmetCodes.ZoneActive when domain is not null => L["ZoneActive", domain],
            UnmetCodes.NameServersPointing when domain is not null => L["Nameservers", domain],
            UnmetCodes.CnameRecordsNotMoved when domain is not null => L["DnsRecords", domain],
            UnmetCodes.AutoRenewEnabled when domain is not null => L["AutoRenew", domain],
            UnmetCodes.PaymentMethodOnFile => L["PaymentMethod"],
            _ => L["Other", blocker.Message ?? blocker.Code],
        };
    }
}
