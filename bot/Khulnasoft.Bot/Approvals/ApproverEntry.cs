namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// A super administrator asked when the request was made. Authorization never relies on this list: every click is
/// checked against the account's current super administrators.
/// </summary>
/// <param name="TeamsUserId">Their Teams user id (<c>29:…</c>) in the bot's chat, for the card's <c>refresh.userIds</c>.</param>
/// <param name="Reminded">A reminder went out (so a rerun of the reminder job does not repeat it).</param>
public sealed record ApproverEntry(string UserId, string Name, string Email, ApproverChannel Channel, string? TeamsUserId = null, bool Reminded = false);
