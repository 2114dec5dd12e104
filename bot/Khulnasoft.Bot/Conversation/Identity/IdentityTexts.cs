using System.Globalization;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// Everything the "who are you" step says. None of it depends on whether an address belongs to a user, so a
/// stranger's address gets exactly the same conversation as a real one (no account enumeration).
/// </summary>
public static class IdentityTexts
{
    /// <summary>The help text while the identity step is active: why we verify, and how.</summary>
    public const string WhyWeVerify =
        "Before I change anything I need to be sure the account is yours, because a deletion is permanent once its grace "
        + "period ends. Either you confirm the account your chat app signed you in with, or I email a 6-digit code to the "
        + "account's address and you type it here. I never act on an email address typed in chat without that code. "
        + "Answer the question above, or say \"cancel\" to stop.";

    public const string StatusWhileVerifying = "We're checking that the account is yours before anything else happens. Answer the question above, or say \"cancel\" to stop.";

    public const string Cancelled = "Okay, I've stopped. Nothing was changed.";

    public const string VouchedRejected = "No problem. Let's check the account by email instead.";

    public const string AskEmail = "What's the email address of the Khulnasoft account you want to delete? I'll send a one-time code to it to make sure it's yours.";

    public const string AskEmailRetry = "That doesn't look like an email address. Please type the full address, for example name@example.com.";

    public const string AskCodeRetry = "A code has 6 digits. Please type the code from the email, or \"resend\" for a new one.";

    public const string Expired = "That code has expired. Type \"resend\" and I'll send you a new one.";

    public const string NoCode = "There's no code waiting for this address any more. Type \"resend\" and I'll send you a new one.";

    public const string AccountGone = "I can't find that account any more, so I can't continue with it.";

    /// <summary>The title of the "resend" suggested action (its value is the word "resend").</summary>
    public const string ResendButton = "Send a new code";

    /// <summary>The word that asks for a new code at the code prompt.</summary>
    public const string ResendWord = "resend";

    public static string ConfirmVouched(string email, IdentityPurpose purpose = IdentityPurpose.Deletion) =>
        "You're signed in as " + email + (purpose == IdentityPurpose.CaseCommand ? ". Is this your account?" : ". Is this the account you want to delete?");

    public static string ConfirmVouchedRetry(string email, IdentityPurpose purpose = IdentityPurpose.Deletion) =>
        "Please answer yes or no: is " + email + (purpose == IdentityPurpose.CaseCommand ? " your account?" : " the account you want to delete?");

    public static string CodeSent(string email, TimeSpan lifetime) =>
        "If an account exists for " + email + ", I've sent it a 6-digit code. It expires in " + Duration(lifetime) + ".";

    public static string CodeResent(string email, TimeSpan lifetime) =>
        "If an account exists for " + email + ", I've sent it a new 6-digit code. It expires in " + Duration(lifetime) + ". Earlier codes no longer work.";

    public static string WrongCode(int attemptsLeft) =>
        "That code isn't right. " + Attempts(attemptsLeft) + " left.";

    public static string Locked(int maxAttempts) =>
        "That code isn't right either. After " + maxAttempts.ToString(CultureInfo.InvariantCulture) + " wrong codes I can't accept any more "
        + "for this request, so I've stopped here to keep the account safe. You can start again later and ask for a new code.";

    public static string RateLimitedAtStart(string email, int maxCodesPerHour, TimeSpan retryAfter) =>
        "I can't send a code to " + email + " right now: at most " + Codes(maxCodesPerHour) + " an hour can be sent to one address. "
        + "Please try again in " + Duration(retryAfter) + ".";

    public static string RateLimitedResend(int maxCodesPerHour, TimeSpan retryAfter) =>
        "I can't send another code yet: at most " + Codes(maxCodesPerHour) + " an hour can be sent to one address. "
        + "Try again in " + Duration(retryAfter) + ", or type the last code I sent if it hasn't expired.";

    /// <summary>"10 minutes", "1 minute", "1 hour" (rounded up to whole minutes, at least 1 minute).</summary>
    public static string Duration(TimeSpan duration)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(duration.TotalMinutes));
        if (minutes % 60 == 0)
        {
            var hours = minutes / 60;
            return hours == 1 ? "1 hour" : hours.ToString(CultureInfo.InvariantCulture) + " hours";
        }

        return minutes == 1 ? "1 minute" : minutes.ToString(CultureInfo.InvariantCulture) + " minutes";
    }

    private static string Attempts(int count) =>
        count == 1 ? "1 attempt" : count.ToString(CultureInfo.InvariantCulture) + " attempts";

    private static string Codes(int count) =>
        count == 1 ? "1 code" : count.ToString(CultureInfo.InvariantCulture) + " codes";
}
