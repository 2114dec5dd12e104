using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// A confirmed deletion request from the conversation. The user must already be verified; <paramref name="Actor"/>
/// records who asked (for example <c>user:{userId}</c>). The conversation reference and email are stored on the
/// case (never in job arguments) for the proactive notices and are erased after the purge. <paramref name="CaseId"/>
/// (from <see cref="DeletionCaseIds.New"/>) lets the conversation show the case id before the request is made.
/// <paramref name="Language"/> is kept for the notices; <paramref name="LegalText"/> records what the user confirmed under.
/// </summary>
public sealed record DeletionRequest(
    string UserId,
    IReadOnlyList<string> AccountIds,
    ConversationReference? Conversation,
    string? NotificationEmail,
    string Actor,
    bool RequiresApproval = false,
    string? CaseId = null,
    UserLanguage? Language = null,
    ConfirmedLegalText? LegalText = null);
