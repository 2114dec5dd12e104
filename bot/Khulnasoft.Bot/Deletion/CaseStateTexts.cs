using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>A case's state as the user reads it, in the turn's language (<c>CaseStateTexts.resx</c> and its siblings).</summary>
public static class CaseStateTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(CaseStateTexts));

    public static string AwaitingApproval => L["StateAwaitingApproval"];

    public static string Approved => L["StateApproved"];

    public static string Rejected => L["StateRejected"];

    public static string Expired => L["StateExpired"];

    public static string Scheduled => L["StateScheduled"];

    public static string Deleting => L["StateDeleting"];

    public static string Deleted => L["StateDeleted"];

    public static string PurgeScheduled => L["StatePurgeScheduled"];

    public static string PurgeBlocked => L["StatePurgeBlocked"];

    public static string Purged => L["StatePurged"];

    public static string Cancelled => L["StateCancelled"];

    public static string Failed => L["StateFailed"];

    public static string Blocked => L["StateBlocked"];

    public static string Requested => L["StateRequested"];
}
