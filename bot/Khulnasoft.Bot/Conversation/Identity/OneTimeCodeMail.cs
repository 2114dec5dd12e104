using Khulnasoft.Bot.Mail;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>The mail that carries a one-time code, in the language of the turn that asked for it.</summary>
public static class OneTimeCodeMail
{
    public static string Subject => IdentityTexts.MailSubject;

    public static OutgoingMail Build(string to, string code, string purpose, TimeSpan lifetime) =>
        new(to, Subject, IdentityTexts.MailBody(code, purpose == OneTimeCodePurposes.StepUp, lifetime));
}
