using Khulnasoft.Bot.Localization;
using Khulnasoft.Cards;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>What the final step says about the typed scope and the code, in the turn's language (<c>StepTexts.resx</c> and its siblings).</summary>
public static class StepTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(StepTexts));

    public static string ConfirmInstruction(string phrase, string email) => L["ConfirmInstruction", ChatText.Code(phrase), email];

    public static string ConfirmRetry(string phrase) => L["ConfirmRetry", ChatText.Code(phrase)];

    /// <summary>Free text that is neither the phrase nor a code: help, and no attempt is used.</summary>
    public static string ConfirmHelp(string phrase, string email) => L["ConfirmHelp", ChatText.Code(phrase), email];

    /// <summary>The card was sent with a phrase that is not the one shown.</summary>
    public static string WrongPhrase(string phrase) => L["WrongPhrase", ChatText.Code(phrase)];

    /// <summary>The phrase was typed in chat; the code is still missing.</summary>
    public static string PhraseAccepted(string email) => L["PhraseAccepted", email];

    /// <summary>A code typed before the phrase: it is not checked yet, so no attempt is used.</summary>
    public static string PhraseFirst(string phrase) => L["PhraseFirst", ChatText.Code(phrase)];
}
