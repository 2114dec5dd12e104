namespace Khulnasoft.Cards.Help;

/// <summary>The help card; <paramref name="CanTalkToHuman"/> hides "talk to a human" when no agents are configured.</summary>
public sealed record HelpCardInput(bool CanTalkToHuman = true, string? HelpPageUrl = null);
