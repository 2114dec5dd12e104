using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// The follow-up email to support when nobody took the conversation (<c>HandoffFollowUpTexts.resx</c> and its
/// siblings), in <c>Support:AgentCulture</c>: it reaches agents outside their own turn.
/// </summary>
public static class HandoffFollowUpTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(HandoffFollowUpTexts));

    public static string Subject(string headline, string? caseId) => caseId is null ? L["Subject", headline] : L["SubjectWithCase", headline, caseId];

    /// <summary>Why the user was promised an email: nobody accepted in time, or no agent was available.</summary>
    public static string Why(HandoffEnding? ending) => ending == HandoffEnding.TimedOut ? L["TimedOut"] : L["NoAgent"];

    public static string User(string? name, string email, string? userId) => L["User", name ?? "", email, userId ?? ""];

    public static string Account(string name, string accountId) => L["Account", name, accountId];

    public static string Case(string caseId) => L["Case", caseId];

    public static string Route(string? route) => L["Route", route ?? ""];

    public static string Checklist(int done, int total) => L["Checklist", done, total];

    public static string Transcript => L["Transcript"];

    public static string NoMessages => L["NoMessages"];

    /// <summary>Stands in for the email of a user who no longer exists.</summary>
    public static string UserGone => L["UserGone"];
}
