namespace Khulnasoft.Cards.Fixes;

/// <summary>
/// What the consent card for one "Do it for me" shows: <paramref name="Summary"/> says exactly what will happen and
/// what it costs ("Cancels Argo Smart Routing on ada.dev at the end of the billing period …"), plain text written by
/// the bot. <paramref name="Item"/> and <paramref name="ResourceId"/> go back in Confirm's data unchanged (the bot
/// checks them again); <paramref name="CardId"/> is the checklist's.
/// </summary>
public sealed record FixConsentCardInput(string CardId, string Item, string ResourceId, string Summary);
