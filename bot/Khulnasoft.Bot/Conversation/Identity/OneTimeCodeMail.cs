using Khulnasoft.Bot.Mail;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>The mail that carries a one-time code.</summary>
public static class OneTimeCodeMail
{
    public const string Subject = "Your Khulnasoft verification code";

    public static OutgoingMail Build(string to, string code, string purpose, TimeSpan lifetime)
    {
        var why = purpose == OneTimeCodePurposes.StepUp
            ? "to confirm the deletion of your Khulnasoft account"
            : "to confirm that this is your Khulnasoft account before deleting it";
        var text = "Your Khulnasoft verification code is " + code + ".\n\n"
            + "Type it in the chat with the Khulnasoft assistant " + why + ". It expires in " + IdentityTexts.Duration(lifetime) + ".\n\n"
            + "If you didn't ask for it, ignore this email: nothing changes on your account without this code. "
            + "Khulnasoft will never ask you for this code by phone or email.\n";
        return new OutgoingMail(to, Subject, text);
    }
}
