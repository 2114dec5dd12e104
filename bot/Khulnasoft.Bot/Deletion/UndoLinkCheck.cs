using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.Deletion;

/// <summary>The verdict on an undo link's token and, when the signature is ours, the case and user it was made for.</summary>
public sealed record UndoLinkCheck(SignedLinkStatus Status, string? CaseId, string? UserId);
