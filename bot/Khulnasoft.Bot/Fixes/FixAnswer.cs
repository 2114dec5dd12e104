using Khulnasoft.Cards.Fixes;

namespace Khulnasoft.Bot.Fixes;

/// <summary>What the checklist says after a fix click: a message, and for "Do it for me" the consent card to show
/// (<see cref="Consent"/>); <see cref="Changed"/> when the account API made the change (the checklist is re-read).</summary>
public sealed record FixAnswer(string Message, FixConsentCardInput? Consent = null, bool Changed = false);
