namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>The verbs of the handoff cards' buttons (the action contract).</summary>
public static class CardActionsVerbs
{
    public const string Accept = "handoff.accept";
    public const string HandBack = "handoff.handback";
    public const string Transfer = "handoff.transfer";
    public const string Close = "handoff.close";
}
