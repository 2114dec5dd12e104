using System.Globalization;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Fixes;

/// <summary>What the one-click fixes say, in the turn's language (<c>FixTexts.resx</c> and its siblings): the consent
/// summaries (what happens, what it costs), the outcomes, the refusals and the notes on the checklist card.</summary>
public static class FixTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(FixTexts));

    public static string ConsentSubscription(string plan, string domain, decimal price, string currency, string frequency) =>
        L["ConsentSubscription", plan, domain, Money(price, currency), Frequency(frequency)];

    public static string ConsentZone(string domain) => L["ConsentZone", domain];

    public static string ConsentAutoRenew(string domain, DateTimeOffset expiresAt) => L["ConsentAutoRenew", domain, UserClock.Date(expiresAt)];

    public static string ConsentPayment(string brand, string last4, string account, decimal balance, string currency) =>
        balance > 0 ? L["ConsentPaymentBalance", brand, last4, account, Money(balance, currency)] : L["ConsentPayment", brand, last4, account];

    /// <summary>The change was made: "Done: I cancelled Argo Smart Routing (ada.dev); …".</summary>
    public static string Done(Khulnasoft.Cards.Checklist.ChecklistItemKind kind, string subject) => L["Done" + kind, subject];

    public static string AlreadyDone => L["AlreadyDone"];

    public static string Kept => L["Kept"];

    public static string NothingToConfirm => L["NothingToConfirm"];

    public static string Failed(string reason) => L["Failed", reason];

    public static string ReasonBalanceDue => L["ReasonBalanceDue"];

    public static string ReasonContract => L["ReasonContract"];

    public static string ReasonNotFound => L["ReasonNotFound"];

    public static string ReasonUnavailable => L["ReasonUnavailable"];

    public static string ReasonOther(string code) => L["ReasonOther", code];

    public static string Refused(FixRefusal refusal, string? account, IReadOnlyList<string>? roles) => refusal switch
    {
        FixRefusal.GuidanceOnly => L["RefusedGuidance"],
        FixRefusal.Contract => L["RefusedContract"],
        FixRefusal.Role => L["RefusedRole", account ?? string.Empty, Roles(roles)],
        _ => L["RefusedNotInScope"],
    };

    /// <summary>The checklist's note on an item whose fix the bot won't make.</summary>
    public static string Note(FixRefusal refusal, string account, IReadOnlyList<string> roles) => refusal switch
    {
        FixRefusal.Contract => L["NoteContract"],
        _ => L["NoteRole", account, Roles(roles)],
    };

    private static string Roles(IReadOnlyList<string>? roles) =>
        roles is { Count: > 0 } ? string.Join(", ", roles) : L["NoRole"];

    private static string Money(decimal amount, string currency) =>
        amount.ToString("N2", CultureInfo.CurrentCulture) + " " + currency.ToUpperInvariant();

    private static string Frequency(string frequency) => frequency switch
    {
        "monthly" => L["FrequencyMonthly"],
        "yearly" => L["FrequencyYearly"],
        _ => frequency,
    };
}
