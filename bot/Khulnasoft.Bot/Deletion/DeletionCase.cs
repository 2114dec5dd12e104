using System.Text.Json.Serialization;
using Khulnasoft.Bot.Receipts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The durable record of one deletion request, stored in the runtime's <see cref="IStorage"/>. Every state change
/// goes through <see cref="TransitionTo"/>, which validates it and appends to <see cref="History"/>.
/// </summary>
public sealed class DeletionCase : IStoreItem
{
    public required string CaseId { get; init; }

    /// <summary>The Khulnasoft user id (opaque), never an email.</summary>
    public required string UserId { get; init; }

    public IReadOnlyList<string> AccountIds { get; set; } = [];

    public DeletionCaseState State { get; set; } = DeletionCaseState.Requested;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? GraceUntil { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public DateTimeOffset? PurgeDueAt { get; set; }

    public DateTimeOffset? PurgedAt { get; set; }

    /// <summary>Where to tell the user about progress; cleared after the purge (it names the user).</summary>
    public ConversationReference? Conversation { get; set; }

    /// <summary>The keyed hash of the verified email (<see cref="EmailHasher"/>): operators find a case by email without it being kept in clear.</summary>
    public string? EmailHash { get; set; }

    /// <summary>The verified email for notifications; cleared after the purge.</summary>
    public string? NotificationEmail { get; set; }

    /// <summary>The language (<c>en</c>, <c>de</c>) the user confirmed in: the notices are written in it. Null: the default.</summary>
    public string? Culture { get; set; }

    /// <summary>The user's time zone id (Teams tells it), for the dates in the notices. Null: UTC.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The legal texts the user confirmed under: version, canonical English text, and the language shown.</summary>
    public ConfirmedLegalText? LegalText { get; set; }

    /// <summary>The Hangfire job that will run next for this case (deletion or purge).</summary>
    public string? JobId { get; set; }

    /// <summary>Failed attempts of the current phase (reset when a phase succeeds).</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// What the live check (or the account API's refusal) found unmet, when <see cref="DeletionCaseState.Blocked"/>: codes
    /// and names, said in the reader's language when shown (<see cref="BlockerTexts"/>).
    /// </summary>
    public IReadOnlyList<CaseBlocker> Blockers { get; set; } = [];

    /// <summary>
    /// What blocked a case stored before <see cref="Blockers"/> existed: English sentences, read and shown as stored.
    /// Never written with anything but empty; cleared with <see cref="Blockers"/>.
    /// </summary>
    [JsonPropertyName("unmetPrerequisites")]
    public IReadOnlyList<string> LegacyUnmetPrerequisites { get; set; } = [];

    /// <summary>
    /// Set before the first <c>DELETE /users/{id}</c> call: from then on the account may be gone even if the answer
    /// was lost, so undo is refused and only the same idempotency key is ever used again.
    /// </summary>
    public bool DeleteCalled { get; set; }

    public IReadOnlyList<string> DeletedAccountIds { get; set; } = [];

    public int RemovedMemberCount { get; set; }

    public SignedReceipt? Receipt { get; set; }

    /// <summary>Notices already sent ("deleted:chat", "purged:email", …), so a rerun does not repeat them.</summary>
    public IReadOnlyList<string> NoticesSent { get; set; } = [];

    /// <summary>
    /// The other members of the accounts this case deletes, read when it was scheduled (ids and the account's name only),
    /// so they can be told again when the deletion runs, after the accounts are gone from the API.
    /// </summary>
    public IReadOnlyList<AffectedMember> AffectedMembers { get; set; } = [];

    /// <summary>Display names of the approvers who said yes (admin-approval route), shown in the final confirmation.</summary>
    public IReadOnlyList<string> ApprovedBy { get; set; } = [];

    /// <summary>The approver's reason when the request was rejected (told to the requesting user).</summary>
    public string? RejectionReason { get; set; }

    /// <summary>The extended response deadline (GDPR Art. 12(3): by up to two further months), set by an operator.</summary>
    public DateTimeOffset? ExtendedDueAt { get; set; }

    /// <summary>Why the response deadline was extended (told to the user).</summary>
    public string? ExtensionReason { get; set; }

    /// <summary>Why an operator cancelled the case (told to the user).</summary>
    public string? CancellationReason { get; set; }

    public IReadOnlyList<DeletionTransition> History { get; set; } = [];

    /// <summary>
    /// The hash of the newest audit entry, written together with it: a chain cut short (entries removed from its
    /// end) no longer ends at this hash.
    /// </summary>
    public string? AuditHead { get; set; }

    public string? ETag { get; set; }

    /// <summary>True while the user can still undo: nothing has been (or may have been) deleted.</summary>
    public bool CanUndo => DeletionTransitions.CanUndo(State) && !DeleteCalled;

    /// <summary>Nothing blocks the case any more (it resumed, or was deleted): both the blockers and old sentences go.</summary>
    public void ClearBlockers()
    {
        Blockers = [];
        LegacyUnmetPrerequisites = [];
    }

    /// <exception cref="InvalidDeletionTransitionException">The lifecycle does not allow this change.</exception>
    public void TransitionTo(DeletionCaseState to, DateTimeOffset at, string actor, string? note = null)
    {
        DeletionTransitions.EnsureAllowed(State, to);
        History = [.. History, new DeletionTransition(State, to, at, actor, note)];
        State = to;
    }
}
