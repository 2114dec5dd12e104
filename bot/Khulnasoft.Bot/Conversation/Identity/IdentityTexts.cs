using System.Globalization;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// Everything the "who are you" step says, in the turn's language (<c>IdentityTexts.resx</c> and its siblings). None of
/// it depends on whether an address belongs to a user, so a stranger's address gets exactly the same conversation as a
/// real one (no account enumeration).
/// </summary>
public static class IdentityTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(IdentityTexts));

    /// <summary>The help text while the identity step is active: why we verify, and how.</summary>
    public static string WhyWeVerify => L["WhyWeVerify"];

    public static string StatusWhileVerifying => L["StatusWhileVerifying"];

    public static string Cancelled => L["Cancelled"];

    public static string VouchedRejected => L["VouchedRejected"];

    public static string AskEmail => L["AskEmail"];

    public static string AskEmailRetry => L["AskEmailRetry"];

    public static string AskCodeRetry => L["AskCodeRetry"];

    public static string Expired => L["Expired"];

    public static string NoCode => L["NoCode"];

    public static string AccountGone => L["AccountGone"];

    /// <summary>The title of the "resend" suggested action (its value is the word "resend").</summary>
    public static string ResendButton => L["ResendButton"];

    /// <summary>The word that asks for a new code at the code prompt (the same in every language).</summary>
    public const string ResendWord = "resend";

    public static string ConfirmVouched(string email, IdentityPurpose purpose = IdentityPurpose.Deletion) =>
        purpose == IdentityPurpose.CaseCommand ? L["ConfirmVouchedCaseCommand", email] : L["ConfirmVouched", email];

    public static string ConfirmVouchedRetry(string email, IdentityPurpose purpose = IdentityPurpose.Deletion) =>
        purpose == IdentityPurpose.CaseCommand ? L["ConfirmVouchedRetryCaseCommand", email] : L["ConfirmVouchedRetry", email];

    public static string CodeSent(string email, TimeSpan lifetime) => L["CodeSent", email, Duration(lifetime)];

    public static string CodeResent(string email, TimeSpan lifetime) => L["CodeResent", email, Duration(lifetime)];

    public static string WrongCode(int attemptsLeft) => L["WrongCode", Attempts(attemptsLeft)];

    public static string Locked(int maxAttempts) => L["Locked", maxAttempts.ToString(CultureInfo.CurrentCulture)];

    public static string RateLimitedAtStart(string email, int maxCodesPerHour, TimeSpan retryAfter) =>
        L["RateLimitedAtStart", email, Codes(maxCodesPerHour), Duration(retryAfter)];

    public static string RateLimitedResend(int maxCodesPerHour, TimeSpan retryAfter) =>
        L["RateLimitedResend", Codes(maxCodesPerHour), Duration(retryAfter)];

    /// <summary>The code mail: subject and text.</summary>
    public static string MailSubject => L["MailSubject"];

    public static string MailBody(string code, bool stepUp, TimeSpan lifetime) =>
        L["MailBody", code, stepUp ? L["MailWhyStepUp"] : L["MailWhyIdentify"], Duration(lifetime)];

    /// <summary>"10 minutes", "1 minute", "1 hour" (rounded up to whole minutes, at least 1 minute).</summary>
    public static string Duration(TimeSpan duration)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(duration.TotalMinutes));
        if (minutes % 60 == 0)
        {
            var hours = minutes / 60;
            return hours == 1 ? L["OneHour"] : L["Hours", hours];
        }

        return minutes == 1 ? L["OneMinute"] : L["Minutes", minutes];
    }

    private static string Attempts(int count) => count == 1 ? L["OneAttempt"] : L["Attempts", count];

    private static string Codes(int count) => count == 1 ? L["OneCode"] : L["Codes", count];
}
