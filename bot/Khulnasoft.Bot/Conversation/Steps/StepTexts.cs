using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>What the deletion's steps newly say (the typed scope at the final step). Older strings stay in their steps.</summary>
public static class StepTexts
{
    public static string ConfirmInstruction(string phrase, string email) =>
        $"Last step. To confirm exactly what is deleted, type {ChatText.Code(phrase)} on the card; to make sure it's really you, "
        + $"enter the 6-digit code I've just sent to {email}. Then select \"Delete my account\".";

    public static string ConfirmRetry(string phrase) =>
        $"Type {ChatText.Code(phrase)} and the 6-digit code from the email on the card, or select Cancel.";

    /// <summary>Free text that is neither the phrase nor a code: help, and no attempt is used.</summary>
    public static string ConfirmHelp(string phrase, string email) =>
        $"To confirm, type {ChatText.Code(phrase)} (exactly what will be deleted) and the 6-digit code I emailed to {email}, "
        + "or say \"cancel\". Nothing is deleted until then, and that didn't use up an attempt.";

    /// <summary>The card was sent with a phrase that is not the one shown.</summary>
    public static string WrongPhrase(string phrase) =>
        $"That isn't what the card asks for. Type exactly {ChatText.Code(phrase)} to confirm what is deleted. That didn't use up an attempt.";

    /// <summary>The phrase was typed in chat; the code is still missing.</summary>
    public static string PhraseAccepted(string email) => $"Thanks. Now enter the 6-digit code I emailed to {email}.";

    /// <summary>A code typed before the phrase: it is not checked yet, so no attempt is used.</summary>
    public static string PhraseFirst(string phrase) =>
        $"First type {ChatText.Code(phrase)} to confirm what is deleted, then the code. That didn't use up an attempt.";
}
