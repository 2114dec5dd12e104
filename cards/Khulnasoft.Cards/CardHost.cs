namespace Khulnasoft.Cards;

/// <summary>Where a card is shown; decides which actions a card may use.</summary>
public enum CardHost
{
    /// <summary>Web Chat 4.18 (Direct Line): Action.Submit only, no Action.Execute, no message updates.</summary>
    WebChat,

    /// <summary>Microsoft Teams: schema ≤1.5, Action.Execute (with an Action.Submit fallback) and refresh.</summary>
    Teams,
}
