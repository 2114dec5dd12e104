namespace Khulnasoft.Cards.Handoff;

public enum HandoffReason
{
    /// <summary>A contract account: its Customer Success Manager handles deletion.</summary>
    ContractAccount,

    /// <summary>The user asked to talk to a human.</summary>
    UserAsked,

    /// <summary>The bot could not help after repeated failures.</summary>
    RepeatedFailures,
}
